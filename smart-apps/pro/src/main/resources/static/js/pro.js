// The little JavaScript of DUI Pro: everything works without it.
document.addEventListener("DOMContentLoaded", function () {
  // "Imprimer": shown only where the browser can print.
  var print = document.getElementById("imprimer");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  // "Tout sélectionner" in the feed.
  var all = document.getElementById("tout-selectionner");
  if (all) {
    all.hidden = false;
    all.addEventListener("click", function () {
      document.querySelectorAll("input[name=id]").forEach(function (box) { box.checked = true; });
    });
  }
});
