// Keyboard shortcuts of the blind review page: 1-4 vote, j/k move. One listener on the document, so the keys work
// wherever the focus is, except while typing in a field. The page says which prompt and pair were on screen with
// each key.
window.fusionReview = {
  attach: function (page) {
    var keys = ["1", "2", "3", "4", "j", "k"];
    var typing = "input, textarea, select, [contenteditable=''], [contenteditable='true']";
    var handler = function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) {
        return;
      }
      var target = event.target;
      if (target && target.closest && target.closest(typing)) {
        return;
      }
      var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (keys.indexOf(key) < 0) {
        return;
      }
      event.preventDefault();
      var shown = document.querySelector("[data-review-prompt]");
      page.invokeMethodAsync("OnShortcutAsync", key,
        shown ? Number(shown.getAttribute("data-review-prompt")) : 0,
        shown ? shown.getAttribute("data-review-pair") : "");
    };
    document.addEventListener("keydown", handler);
    return {
      detach: function () {
        document.removeEventListener("keydown", handler);
      }
    };
  }
};
