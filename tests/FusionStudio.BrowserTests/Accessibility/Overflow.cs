using Microsoft.Playwright;

namespace FusionStudio.BrowserTests.Accessibility;

/// <summary>What sticks out past the right edge of a small screen, outside a labelled horizontal scroll area.</summary>
public static class Overflow
{
    // A wide table may scroll sideways when it says so: it scrolls inside a region with a name (and its hint). Text
    // cut on purpose with an ellipsis is fine; anything else clipped by an overflow-hidden box is lost to the reader.
    private const string Script = """
        () => {
          const width = document.documentElement.clientWidth;
          const found = [];
          for (const el of document.querySelectorAll('header.mud-appbar *, main *')) {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
            let parent = el.parentElement, contained = false;
            while (parent) {
              const overflowX = getComputedStyle(parent).overflowX;
              // A box that clips without cutting this element (a table cell inside a scroll area) is not where it ends.
              if (overflowX === 'hidden' && getComputedStyle(parent).textOverflow !== 'ellipsis'
                  && box.right <= parent.getBoundingClientRect().right + 1) {
                parent = parent.parentElement;
                continue;
              }
              if (overflowX !== 'visible') {
                const scrolls = overflowX === 'auto' || overflowX === 'scroll';
                contained = (scrolls && parent.closest('[role=region][aria-label]') !== null)
                  || getComputedStyle(parent).textOverflow === 'ellipsis';
                break;
              }
              parent = parent.parentElement;
            }
            if (!contained) {
              const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
              found.push(`${name} ends at ${Math.round(box.right)} px: ${(el.textContent || '').trim().slice(0, 60)}`);
            }
          }
          return found.slice(0, 10);
        }
        """;

    /// <summary>Up to ten elements wider than the viewport, described; none when the page fits.</summary>
    public static async Task<IReadOnlyList<string>> OffScreenAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(Script);
}
