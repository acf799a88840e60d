// FusionStudio's few browser helpers. Kept tiny: everything else is Blazor.
window.fusionStudio = {
  // The theme lives in a cookie so that the server renders the right theme from the first byte (no light flash).
  setTheme: function (mode) {
    document.cookie = "fusionstudio.theme=" + encodeURIComponent(mode) + "; path=/; max-age=31536000; samesite=lax";
  }
};

// A link marked data-shortcut="j" is followed when j is pressed (the prompt page's Next and Previous, like the blind
// review's j / k), unless a field has the focus or the link is disabled. One listener for every page.
document.addEventListener("keydown", function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented || event.key.length !== 1) {
    return;
  }
  var target = event.target;
  if (target && target.closest && target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) {
    return;
  }
  var link = document.querySelector("a[data-shortcut='" + event.key.toLowerCase() + "']");
  if (link && !link.classList.contains("mud-disabled") && link.getAttribute("aria-disabled") !== "true") {
    event.preventDefault();
    link.click();
  }
});
