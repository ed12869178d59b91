// Makes the index sortable by the columns marked data-sort. The page reads the same
// without it: the rows come most urgent review first.
(function () {
  document.documentElement.classList.add("scripted");
  for (const table of document.querySelectorAll("table[data-sortable]")) {
    const body = table.tBodies[0];
    for (const th of table.querySelectorAll("th[data-sort]")) {
      const button = document.createElement("button");
      button.type = "button";
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener("click", function () {
        const column = th.cellIndex;
        const numeric = th.dataset.sort === "number";
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        for (const other of table.querySelectorAll("th[aria-sort]")) {
          other.removeAttribute("aria-sort");
        }
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const key = function (row) {
          const cell = row.cells[column];
          return cell.dataset.key !== undefined ? cell.dataset.key : cell.textContent.trim();
        };
        const rows = Array.from(body.rows);
        rows.sort(function (a, b) {
          const x = key(a);
          const y = key(b);
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    }
  }
})();
