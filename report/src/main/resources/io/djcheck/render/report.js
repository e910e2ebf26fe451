(function () {
  'use strict';

  // The summary table sorts by any column: numbers by value, text by Chinese collation.
  function sortBy(th) {
    var table = th.closest('table');
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute('data-type') === 'num';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var collator = new Intl.Collator('zh-CN');
    rows.sort(function (a, b) {
      var x = a.cells[index].getAttribute('data-v');
      var y = b.cells[index].getAttribute('data-v');
      var c = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
      return ascending ? c : -c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(th.parentNode.children, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  // A finding selected: its evidence in the report text is highlighted and scrolled into view.
  function select(finding) {
    var report = finding.closest('section.report');
    document.querySelectorAll('mark.active').forEach(function (m) { m.classList.remove('active'); });
    document.querySelectorAll('li.f.selected').forEach(function (f) { f.classList.remove('selected'); });
    finding.classList.add('selected');
    var selector = finding.getAttribute('data-ev').split(' ').map(function (id) {
      return 'mark[data-ev~="' + id + '"]';
    }).join(', ');
    var marks = report.querySelectorAll(selector);
    marks.forEach(function (m) { m.classList.add('active'); });
    if (marks.length > 0) {
      marks[0].scrollIntoView({block: 'center'});
    }
  }

  // Search and filters: the summary rows, contents entries and report sections that match stay shown.
  var search = document.getElementById('filter-org');
  var grade = document.getElementById('filter-grade');
  var rule = document.getElementById('filter-rule');
  var count = document.getElementById('filter-count');
  function applyFilters() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    document.querySelectorAll('[data-org]').forEach(function (el) {
      var match = (q === '' || el.getAttribute('data-org').toLowerCase().indexOf(q) >= 0)
          && (grade.value === '' || el.getAttribute('data-grade') === grade.value)
          && (rule.value === '' || el.getAttribute('data-rules').split(' ').indexOf(rule.value) >= 0);
      el.hidden = !match;
      if (match && el.tagName === 'TR') {
        shown++;
      }
    });
    var total = count.getAttribute('data-total');
    count.textContent = shown === +total ? '共 ' + total + ' 份' : '显示 ' + shown + ' / ' + total + ' 份';
  }
  if (search) {
    search.addEventListener('input', applyFilters);
    grade.addEventListener('change', applyFilters);
    rule.addEventListener('change', applyFilters);
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
    document.getElementById('print').addEventListener('click', function () { window.print(); });
  }

  document.querySelectorAll('table.sortable th').forEach(function (th) {
    th.addEventListener('click', function () { sortBy(th); });
  });
  // one listener for every finding, however many reports the page holds
  document.addEventListener('click', function (e) {
    var li = e.target.closest('li.f[data-ev]');
    if (li) {
      select(li);
    }
  });
  document.addEventListener('keydown', function (e) {
    var li = e.target.closest ? e.target.closest('li.f[data-ev]') : null;
    if (li && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      select(li);
    }
  });
})();
