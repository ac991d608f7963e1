// Top facts: show the rows of the chosen event and country.
(function () {
  var event = document.getElementById("filter-event");
  var country = document.getElementById("filter-country");
  var shown = document.getElementById("facts-shown");
  function apply() {
    var n = 0;
    document.querySelectorAll("#top-facts tbody tr").forEach(function (row) {
      var hide = (event.value !== "" && row.dataset.event !== event.value) ||
        (country.value !== "" && row.dataset.country !== country.value);
      row.hidden = hide;
      if (!hide) n += 1;
    });
    shown.textContent = String(n);
  }
  event.addEventListener("change", apply);
  country.addEventListener("change", apply);
})();
