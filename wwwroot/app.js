// FusionStudio's few browser helpers. Kept tiny: everything else is Blazor.
window.fusionStudio = {
  // The theme lives in a cookie so that the server renders the right theme from the first byte (no light flash).
  setTheme: function (mode) {
    document.cookie = "fusionstudio.theme=" + encodeURIComponent(mode) + "; path=/; max-age=31536000; samesite=lax";
  }
};
