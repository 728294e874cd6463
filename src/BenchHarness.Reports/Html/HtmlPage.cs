namespace BenchHarness.Reports.Html;

/// <summary>A link inside a banner, to the rows or section it is about.</summary>
public sealed record BannerLink(string Text, string Href);

/// <summary>How loud a banner is: information, a warning about what the numbers can support, or a failure.</summary>
public enum BannerKind
{
    Info,
    Warning,
    Failure,
}

/// <summary>
/// The page layout every harness page shares: title, the lead (the answer, on the first screen), banners, a table of
/// contents, sections, footer; one self-contained document with its stylesheet inline and a content policy that
/// forbids loading anything.
/// </summary>
public sealed class HtmlPage(string title, string idPrefix = "bh")
{
    private sealed record Banner(BannerKind Kind, string Label, string Text, string? Id, BannerLink? Link);

    private sealed record Section(string Id, string Heading, Action<HtmlWriter> Body);

    private readonly List<Banner> _banners = [];
    private readonly List<Section> _sections = [];

    public string Title { get; } = title;
    public string? Subtitle { get; init; }
    public string? Footer { get; init; }

    /// <summary>What the page answers, drawn right under the title, before banners and contents: the first screen.</summary>
    public Action<HtmlWriter>? Lead { get; init; }

    /// <param name="id">An anchor for links to this banner (a badge in the lead).</param>
    /// <param name="link">A link after the text, to what the banner is about.</param>
    public HtmlPage AddBanner(BannerKind kind, string label, string text, string? id = null, BannerLink? link = null)
    {
        _banners.Add(new Banner(kind, label, text, id, link));
        return this;
    }

    public HtmlPage AddSection(string id, string heading, Action<HtmlWriter> body)
    {
        if (_sections.Any(s => s.Id == id))
            throw new ArgumentException($"section id '{id}' is used twice", nameof(id));
        _sections.Add(new Section(id, heading, body));
        return this;
    }

    public string Render()
    {
        var w = new HtmlWriter(idPrefix);
        w.Doctype();
        using (w.Open("html", ("lang", "en")))
        {
            using (w.Open("head"))
            {
                w.Void("meta", ("charset", "utf-8"));
                w.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
                // Self-contained by construction: the browser refuses any script, font, image or request.
                w.Void("meta", ("http-equiv", "Content-Security-Policy"),
                    ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"));
                w.Element("title", Title);
                w.Stylesheet(PageStyle.Css);
            }
            using (w.Open("body"))
            {
                using (w.Open("header"))
                {
                    w.Element("h1", Title);
                    if (Subtitle is not null)
                        w.Element("p", Subtitle, ("class", "subtitle"));
                }
                if (Lead is not null)
                    using (w.Open("div", ("class", "lead")))
                        Lead(w);
                foreach (Banner banner in _banners)
                    using (w.Open("div", ("class", $"banner {banner.Kind.ToString().ToLowerInvariant()}"), ("id", banner.Id),
                               ("role", banner.Kind == BannerKind.Info ? null : "alert")))
                    {
                        w.Element("strong", banner.Label);
                        w.Text(banner.Text);
                        if (banner.Link is { } link)
                        {
                            w.Text(" ");
                            w.Element("a", link.Text, ("href", link.Href));
                        }
                    }
                using (w.Open("nav", ("aria-label", "contents")))
                using (w.Open("ol"))
                    foreach (Section section in _sections)
                        using (w.Open("li"))
                            w.Element("a", section.Heading, ("href", $"#{section.Id}"));
                using (w.Open("main"))
                    foreach (Section section in _sections)
                        using (w.Open("section", ("id", section.Id)))
                        {
                            w.Element("h2", section.Heading);
                            section.Body(w);
                        }
                if (Footer is not null)
                    using (w.Open("footer"))
                        w.Text(Footer);
            }
        }
        return w.ToString();
    }
}
