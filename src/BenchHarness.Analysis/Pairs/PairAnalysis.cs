using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Identity;

namespace BenchHarness.Analysis.Pairs;

/// <summary>Everything paired in one result set. Each list follows the order of the benchmarks it was built from.</summary>
/// <param name="FixVsAnti">Anti against Fix, steady and first-call phases.</param>
/// <param name="GraphVsEager">Eager against Graph, steady and first-call phases.</param>
/// <param name="CudaVsCpu">Cpu against Cuda where both were measured.</param>
/// <param name="ColdStarts">Each member measured both on first call and steady.</param>
/// <param name="BreakEvens">Between the cold starts of Anti and Fix (same mode) and of Eager and Graph (same member).</param>
/// <param name="Unpaired">Benchmarks without an identity (foreign names), with an identity another benchmark already
/// has, or without any partner.</param>
public sealed record PairAnalysis(
    IReadOnlyList<Comparison> FixVsAnti,
    IReadOnlyList<Comparison> GraphVsEager,
    IReadOnlyList<Comparison> CudaVsCpu,
    IReadOnlyList<ColdStart> ColdStarts,
    IReadOnlyList<ColdStartBreakEven> BreakEvens,
    IReadOnlyList<BenchmarkSamples> Unpaired)
{
    public IEnumerable<Comparison> All => FixVsAnti.Concat(GraphVsEager).Concat(CudaVsCpu);
}

/// <summary>Groups benchmarks by identity into comparisons and computes each one's statistics.</summary>
public static class PairAnalyzer
{
    public static PairAnalysis Analyze(ResultSet resultSet, InferenceOptions? options = null) =>
        Analyze(resultSet.Benchmarks, options);

    /// <summary>
    /// Pairs <paramref name="benchmarks"/> and estimates every comparison as one family (<see cref="RatioInference.Family"/>):
    /// each speed-up borrows the variance information of every benchmark of the run.
    /// </summary>
    public static PairAnalysis Analyze(IEnumerable<BenchmarkSamples> benchmarks, InferenceOptions? options = null)
    {
        var byIdentity = new Dictionary<BenchmarkIdentity, BenchmarkSamples>();
        var ordered = new List<(BenchmarkIdentity Key, BenchmarkSamples Samples)>();
        var unpaired = new List<BenchmarkSamples>();
        foreach (BenchmarkSamples benchmark in benchmarks)
        {
            if (benchmark.Identity is null || !byIdentity.TryAdd(benchmark.Identity, benchmark))
                unpaired.Add(benchmark);
            else
                ordered.Add((benchmark.Identity, benchmark));
        }

        var paired = new HashSet<BenchmarkSamples>(ReferenceEqualityComparer.Instance);
        List<(ComparisonKey Key, BenchmarkSamples Reference, BenchmarkSamples Candidate)> Match(ComparisonKind kind)
        {
            var matches = new List<(ComparisonKey, BenchmarkSamples, BenchmarkSamples)>();
            foreach ((BenchmarkIdentity key, BenchmarkSamples reference) in ordered)
            {
                if (!key.IsReference(kind) || !byIdentity.TryGetValue(key.Partner(kind), out BenchmarkSamples? candidate))
                    continue;
                Add(ComparisonKey.For(kind, reference.Identity!), reference, candidate);
            }
            // A variant without a partner of its own variant is compared with the other side's member itself: a second
            // fix against the anti-pattern, a second anti-pattern against the fix.
            foreach ((BenchmarkIdentity key, BenchmarkSamples variant) in ordered)
            {
                BenchmarkIdentity identity = variant.Identity!;
                if (identity.Variant is null)
                    continue;
                BenchmarkIdentity plain = identity.WithoutVariant();
                if (key.IsReference(kind))
                {
                    if (!byIdentity.ContainsKey(key.Partner(kind)) && byIdentity.TryGetValue(plain.Partner(kind), out BenchmarkSamples? candidate))
                        Add(ComparisonKey.For(kind, identity), variant, candidate);
                }
                else if (!byIdentity.ContainsKey(key.Reference(kind)) && byIdentity.TryGetValue(plain.Reference(kind), out BenchmarkSamples? reference))
                    Add(ComparisonKey.For(kind, identity), reference, variant);
            }
            return matches;

            void Add(ComparisonKey key, BenchmarkSamples reference, BenchmarkSamples candidate)
            {
                matches.Add((key, reference, candidate));
                paired.Add(reference);
                paired.Add(candidate);
            }
        }

        var fixVsAnti = Match(ComparisonKind.FixVsAnti);
        var graphVsEager = Match(ComparisonKind.GraphVsEager);
        var cudaVsCpu = Match(ComparisonKind.CudaVsCpu);

        // Every sample set is assessed once, however many comparisons it appears in.
        Dictionary<BenchmarkSamples, ModalityAssessment> modality = paired.AsParallel()
            .ToDictionary<BenchmarkSamples, BenchmarkSamples, ModalityAssessment>(b => b, b => Modality.Assess(b.Processes), ReferenceEqualityComparer.Instance);
        var matchesInOrder = fixVsAnti.Concat(graphVsEager).Concat(cudaVsCpu).ToArray();
        IReadOnlyList<RatioEstimate> speedUps = RatioInference.Family(
            matchesInOrder.Select(m => RatioSpec.Ratio(m.Reference.LogSample, m.Candidate.LogSample, m.Reference.PairsByRound)).ToArray(), options);
        var estimated = matchesInOrder.Select((m, i) => Compare(m.Key, m.Reference, m.Candidate, modality[m.Reference], modality[m.Candidate], speedUps[i]))
            .ToDictionary(c => c.Key);
        Comparison[] Compute(List<(ComparisonKey Key, BenchmarkSamples Reference, BenchmarkSamples Candidate)> matches) =>
            matches.Select(m => estimated[m.Key]).ToArray();

        ColdStart[] coldStarts = ordered
            .Where(o => o.Key.Phase == CallPhase.FirstCall && byIdentity.ContainsKey(o.Key with { Phase = CallPhase.Steady }))
            .Select(o => ColdStartOf(o.Samples, byIdentity[o.Key with { Phase = CallPhase.Steady }]))
            .ToArray();
        foreach (ColdStart cold in coldStarts)
        {
            paired.Add(cold.FirstCallSamples);
            paired.Add(cold.SteadySamples);
        }

        return new PairAnalysis(
            Compute(fixVsAnti), Compute(graphVsEager), Compute(cudaVsCpu), coldStarts, BreakEvensOf(coldStarts),
            unpaired.Concat(ordered.Select(o => o.Samples).Where(b => !paired.Contains(b))).ToArray());
    }

    /// <summary>Reference against candidate on its own (no variance borrowed from other comparisons).</summary>
    public static Comparison Compare(ComparisonKey key, BenchmarkSamples reference, BenchmarkSamples candidate, InferenceOptions? options = null) =>
        Compare(key, reference, candidate, Modality.Assess(reference.Processes), Modality.Assess(candidate.Processes),
            RatioInference.Estimate(RatioSpec.Ratio(reference.LogSample, candidate.LogSample, reference.PairsByRound), options));

    private static Comparison Compare(
        ComparisonKey key, BenchmarkSamples reference, BenchmarkSamples candidate,
        ModalityAssessment referenceModality, ModalityAssessment candidateModality, RatioEstimate speedUp)
    {
        return new Comparison(key, reference, candidate,
            reference.TypicalTime, candidate.TypicalTime,
            speedUp, Estimators.HodgesLehmannRatio(reference.Pooled, candidate.Pooled), referenceModality, candidateModality);
    }

    private static ColdStart ColdStartOf(BenchmarkSamples firstCall, BenchmarkSamples steady) =>
        new(steady.Identity!, firstCall, steady,
            new ColdWarmCost(firstCall.TypicalTime, steady.TypicalTime));

    private static ColdStartBreakEven[] BreakEvensOf(IReadOnlyList<ColdStart> coldStarts)
    {
        var byKey = coldStarts.ToDictionary(c => c.Steady);
        var result = new List<ColdStartBreakEven>();
        foreach (ComparisonKind kind in new[] { ComparisonKind.FixVsAnti, ComparisonKind.GraphVsEager })
            foreach (ColdStart reference in coldStarts)
            {
                if (reference.Steady.IsReference(kind) && byKey.TryGetValue(reference.Steady.Partner(kind), out ColdStart? candidate))
                    result.Add(new ColdStartBreakEven(
                        ComparisonKey.For(kind, reference.Steady) with { Phase = CallPhase.FirstCall },
                        reference, candidate, BreakEven.Compute(reference.Cost, candidate.Cost)));
            }
        return result.ToArray();
    }
}
