// Keyboard moves in a run's matrix: arrow keys go to the neighbouring cell, Home and End to the row's ends, Enter opens
// the cell's prompt. One listener on the document, so cells the virtualiser renders later need nothing wired.
(function () {
  var moves = {
    ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]
  };

  function cellAt(grid, row, col) {
    return grid.querySelector('[data-matrix-cell][data-row="' + row + '"][data-col="' + col + '"]');
  }

  // The wanted row may not be rendered yet: scroll towards it and look again on the next frames.
  function focusCell(grid, row, col, towards, tries) {
    var cell = cellAt(grid, row, col);
    if (cell) {
      grid.querySelectorAll('[data-matrix-cell][tabindex="0"]').forEach(function (c) { c.setAttribute("tabindex", "-1"); });
      cell.setAttribute("tabindex", "0");
      cell.focus();
      return;
    }
    if (tries <= 0) {
      return;
    }
    grid.scrollTop += towards * 60;
    requestAnimationFrame(function () { focusCell(grid, row, col, towards, tries - 1); });
  }

  document.addEventListener("keydown", function (event) {
    var cell = event.target && event.target.closest ? event.target.closest("[data-matrix-cell]") : null;
    if (!cell || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var grid = cell.closest("[role=grid]");
    var row = Number(cell.getAttribute("data-row"));
    var col = Number(cell.getAttribute("data-col"));
    var last = grid.querySelectorAll('[data-matrix-cell][data-row="' + row + '"]').length - 1;
    if (event.key === "Enter") {
      event.preventDefault();
      Blazor.navigateTo(cell.getAttribute("data-href"));
      return;
    }
    var target = null;
    if (moves[event.key]) {
      target = [row + moves[event.key][0], Math.min(Math.max(col + moves[event.key][1], 0), last)];
    } else if (event.key === "Home") {
      target = [row, 0];
    } else if (event.key === "End") {
      target = [row, last];
    }
    if (!target || target[0] < 0) {
      return;
    }
    event.preventDefault();
    focusCell(grid, target[0], target[1], target[0] - row, 20);
  });
})();
