// Moves the keyboard focus to the summary of a refused form, so that screen readers announce it first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
