"""The page's own script and style (served inline: nothing is fetched from elsewhere)."""

from __future__ import annotations

PAGE_SCRIPT = """<script>
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#span-"]');
  if (!link) return;
  event.preventDefault();
  const id = link.getAttribute("href").slice(1);
  const tab = document.querySelector('[role="tab"][data-tab-id="text"]');
  if (tab) tab.click();
  setTimeout(() => {
    const mark = document.getElementById(id);
    if (!mark) return;
    mark.scrollIntoView({block: "center"});
    document.querySelectorAll("mark.cited").forEach((m) => m.classList.remove("cited"));
    mark.classList.add("cited");
  }, 150);
}, true);
const selectClickedNode = (event) => {
  const point = event.points && event.points[0];
  const box = document.querySelector("#explore-node textarea, #explore-node input");
  if (!point || point.customdata == null || !box) return;
  box.value = point.customdata;
  box.dispatchEvent(new Event("input", {bubbles: true}));
};
new MutationObserver(() => {
  document.querySelectorAll("#explore-plot .js-plotly-plot").forEach((plot) => {
    if (!plot.on || plot._policykgClicks === plot._ev) return;
    plot.on("plotly_click", selectClickedNode);
    plot._policykgClicks = plot._ev;
  });
}).observe(document, {childList: true, subtree: true});
</script>"""
"""Citations link to ``#span-…``: show the policy text tab and scroll to the span. A click on a
node of the explorer's graph writes its key into the "selected node" box, which shows it."""

PAGE_CSS = """
.policy-text { white-space: pre-wrap; line-height: 1.8; max-height: 70vh; overflow-y: auto; }
.policy-text mark { background: #fff3b0; }
.policy-text mark.cited { background: #ffb347; outline: 2px solid #e67e22; }
#check-report table td, #pitch-view table td, #check-report table th, #pitch-view table th { min-width: 4.5em; }
#check-report a[href^="#span-"], #pitch-view a[href^="#span-"], #chatbot a[href^="#span-"] { white-space: nowrap; }
#pitch-view .nw { white-space: nowrap; }
"""
"""Report tables keep narrow columns (clause, measure, amount) readable; a citation stays on one line."""
