// The HTML report's inline CSS and JS. No fonts, images or scripts are fetched: the report works
// offline and its Content-Security-Policy forbids any request.
#include "report/html_assets.hpp"

namespace claimdiff::detail {

const std::string_view kReportStyle = R"css(
:root{--ink:#1f2430;--muted:#5f6b7a;--line:#e3e7ee;--bg:#f5f7fa;--card:#fff;--accent:#1d4ed8;
--ins:#d9f5e1;--ins-ink:#0b5d2a;--del:#fde2e1;--del-ink:#9b1c1c;--mark:#fff1b8;--mark-ink:#6b4e00}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
body{margin:0}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
h1,h2,h3{line-height:1.25;margin:0}
h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.6rem 0 .6rem}
.top{background:#131a2a;color:#fff;padding:1rem 1.5rem .9rem;position:sticky;top:0;z-index:5;box-shadow:0 2px 8px rgba(0,0,0,.18)}
.top h1{font-size:1.35rem;font-weight:700;display:inline-block;margin-right:1rem}
.top h1 span{color:#93c5fd}
.top .lede{display:inline;color:#c7d2e3;font-size:.93rem}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin-top:.7rem}
.controls input[type=search]{flex:1 1 320px;max-width:520px;padding:.45rem .75rem;border-radius:8px;border:1px solid #3b4a66;background:#0c1220;color:#fff;font:inherit}
.controls input[type=search]::placeholder{color:#8a9ab5}
.controls label{display:inline-flex;align-items:center;gap:.3rem;font-size:.85rem;color:#dbe4f3;cursor:pointer;user-select:none}
.controls .count{margin-left:auto;font-size:.85rem;color:#c7d2e3}
.layout{display:grid;grid-template-columns:300px minmax(0,1fr);gap:1.5rem;padding:0 1.5rem 3rem;max-width:1800px;margin:0 auto}
.sidebar{position:sticky;top:7.2rem;align-self:start;max-height:calc(100vh - 8rem);overflow:auto;padding-right:.3rem}
.claim-list{list-style:none;margin:0;padding:0}
.claim-list li a{display:block;padding:.45rem .55rem;border-radius:8px;color:var(--ink);font-size:.84rem;line-height:1.35}
.claim-list li a:hover{background:#e8eef8;text-decoration:none}
.claim-list .n{font-weight:700;color:var(--muted);margin-right:.3rem}
.claim-list .meter{margin:.25rem 0 .1rem}
.meter{display:block;height:6px;border-radius:3px;background:#e3e7ee;overflow:hidden;min-width:60px}
.meter i{display:block;height:100%;background:linear-gradient(90deg,#f59e0b,#dc2626);border-radius:3px}
.panel{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1rem 1.2rem;box-shadow:0 1px 2px rgba(16,24,40,.04)}
table{border-collapse:collapse}
.articles{width:100%;font-size:.88rem}
.articles th,.articles td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
.articles th{color:var(--muted);font-weight:600;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.4rem;vertical-align:-.05rem}
.outlet{font-weight:650}
.articles code{font-size:.78rem;color:var(--muted)}
.background{color:var(--muted);font-style:italic}
.matrix-wrap{overflow-x:auto}
#coverage{font-size:.74rem}
#coverage th,#coverage td{border:1px solid #fff;padding:0;text-align:center}
#coverage thead th{color:var(--muted);font-weight:600;min-width:1.45rem;height:1.6rem}
#coverage thead th a{color:var(--muted)}
#coverage tbody th{text-align:right;padding:0 .6rem 0 0;white-space:nowrap;font-weight:600;font-size:.8rem;max-width:16rem;overflow:hidden;text-overflow:ellipsis}
#coverage td{width:1.45rem;height:1.45rem;border-radius:3px}
#coverage td a{display:block;width:100%;height:100%;color:inherit;text-decoration:none;line-height:1.45rem}
#coverage td.h1{background:#bfdbfe;color:#1e3a8a}#coverage td.h2{background:#60a5fa;color:#fff}
#coverage td.h3{background:#2563eb;color:#fff}#coverage td.h4{background:#1e3a8a;color:#fff}
#coverage td.om{background:repeating-linear-gradient(45deg,#fde2e1,#fde2e1 3px,#fff 3px,#fff 6px)}
#coverage td.na{background:#f1f3f6}
.legend{display:flex;gap:1rem;flex-wrap:wrap;font-size:.78rem;color:var(--muted);margin-top:.6rem}
.legend span{display:inline-flex;align-items:center;gap:.3rem}
.legend i{display:inline-block;width:.9rem;height:.9rem;border-radius:3px}
.figtable{width:100%;font-size:.88rem}
.figtable th,.figtable td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
.figtable th{color:var(--muted);font-weight:600;font-size:.78rem;text-transform:uppercase;letter-spacing:.04em}
.val{display:inline-block;margin:.1rem .6rem .1rem 0;white-space:nowrap}
.val q{font-weight:700;quotes:"\201C" "\201D"}
.val small{color:var(--muted)}
.val .none{color:var(--muted);font-style:italic}
.card{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:1rem 1.2rem 1.1rem;margin:0 0 1.1rem;box-shadow:0 1px 3px rgba(16,24,40,.06);scroll-margin-top:8rem}
.card:target{outline:3px solid #93c5fd}
.card-head{display:flex;align-items:flex-start;gap:.8rem}
.card-head .cid{flex:none;font-weight:800;color:#fff;background:#131a2a;border-radius:8px;padding:.1rem .5rem;font-size:.85rem;margin-top:.1rem}
.card-head h3{flex:1;font-size:1.05rem;font-weight:650}
.card-head .score{flex:none;width:110px;text-align:right;font-size:.78rem;color:var(--muted)}
.card-head .score .meter{margin-top:.3rem}
.card-meta{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;margin:.55rem 0 .75rem;font-size:.8rem;color:var(--muted)}
.chip{display:inline-flex;align-items:center;gap:.3rem;border-radius:999px;padding:.08rem .55rem;font-size:.76rem;font-weight:600;background:#eef1f5;color:#344054;border:1px solid transparent;white-space:nowrap}
.t-wording{background:#e0ecff;color:#1d4ed8}.t-figure{background:#fff0d6;color:#9a5b00}
.t-framing{background:#f0e6ff;color:#6d28d9}.t-attribution{background:#d9f6f2;color:#0f766e}
.t-omission{background:#eceef2;color:#475467}
.renderings{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));gap:.8rem}
.rendering{margin:0;border:1px solid var(--line);border-top:4px solid var(--oc,#94a3b8);border-radius:10px;padding:.6rem .75rem .55rem;background:#fcfdff;display:flex;flex-direction:column}
.rendering.ref{background:#f8fafc}
.rendering figcaption{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;font-size:.8rem;margin-bottom:.35rem}
.rendering figcaption .outlet{margin-right:auto}
.kind{font-size:.7rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.fid{font-size:.72rem;font-weight:700;border-radius:4px;padding:0 .35rem}
.f-verbatim{background:#d9f5e1;color:#0b5d2a}.f-trimmed{background:#e0f2fe;color:#075985}
.f-reworded{background:#fff1b8;color:#6b4e00}.f-paraphrased{background:#fde2e1;color:#9b1c1c}
.f-reference{background:#131a2a;color:#fff}.f-share{background:#eef1f5;color:#475467;font-weight:600}
.text{margin:0 0 .5rem;font-size:.95rem;line-height:1.55;flex:1}
.text ins{background:var(--ins);color:var(--ins-ink);text-decoration:none;border-radius:3px;padding:0 .1rem}
.text del{background:var(--del);color:var(--del-ink);border-radius:3px;padding:0 .1rem}
.text mark{background:var(--mark);color:var(--mark-ink);border-radius:3px;padding:0 .1rem;border-bottom:2px solid #f59e0b}
.points{margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.3rem}
.attr{font-size:.8rem;color:var(--muted);margin:0;display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
.cue{background:#eef1f5;color:#344054}
.c-neutral{background:#eef1f5;color:#344054}.c-concessive{background:#ffedd5;color:#9a3412}
.c-hedged{background:#f0e6ff;color:#6d28d9}.c-assertive{background:#e0ecff;color:#1d4ed8}
.c-factive{background:#d9f5e1;color:#0b5d2a}.c-emotive{background:#fde2e1;color:#9b1c1c}
details.sentence{font-size:.8rem;color:var(--muted);margin-top:.35rem}
details.sentence summary{cursor:pointer}
details.sentence p{margin:.3rem 0 0}
.findings{list-style:none;margin:.8rem 0 0;padding:0;font-size:.86rem}
.findings li{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;padding:.35rem 0;border-top:1px dashed var(--line)}
.findings li>.chip:first-child{min-width:5.8rem;justify-content:center}
.findings .summary{color:var(--ink);margin-right:.3rem}
.card .figtable{margin-top:.7rem}
.card.single{padding:.7rem 1rem .8rem}
.card.single .renderings{grid-template-columns:1fr}
.diagnostics{font-size:.85rem;margin:0;padding-left:1.2rem}
.diagnostics .error{color:#9b1c1c}
.empty{color:var(--muted)}
footer{color:var(--muted);font-size:.8rem;padding:1rem 1.5rem 2rem;text-align:center}
@media (max-width:900px){.layout{grid-template-columns:1fr}.sidebar{position:static;max-height:none}}
@media print{.top{position:static}.sidebar{display:none}.layout{grid-template-columns:1fr}}
)css";

const std::string_view kReportScript = R"js(
(function () {
  'use strict';
  var search = document.getElementById('search');
  var shared = document.getElementById('shared-only');
  var count = document.getElementById('shown');
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll('input[data-type]'));
  var cards = Array.prototype.slice.call(document.querySelectorAll('article[data-claim-id]'));
  var items = {};
  Array.prototype.forEach.call(document.querySelectorAll('[data-claim-ref]'), function (li) {
    items[li.getAttribute('data-claim-ref')] = li;
  });
  var columns = {};
  Array.prototype.forEach.call(document.querySelectorAll('#coverage [data-col]'), function (cell) {
    var id = cell.getAttribute('data-col');
    (columns[id] = columns[id] || []).push(cell);
  });
  // Lower-cased text of each card, read once; filtering never rewrites the cards' content.
  var texts = cards.map(function (card) { return card.textContent.toLowerCase(); });

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var active = typeBoxes.filter(function (box) { return box.checked; })
                          .map(function (box) { return box.getAttribute('data-type'); });
    var allTypes = active.length === typeBoxes.length;
    var shown = 0;
    cards.forEach(function (card, i) {
      var types = (card.getAttribute('data-types') || '').split(' ');
      var ok = words.every(function (w) { return texts[i].indexOf(w) !== -1; }) &&
               (!shared.checked || Number(card.getAttribute('data-outlets')) >= 2) &&
               (allTypes || active.some(function (t) { return types.indexOf(t) !== -1; }));
      card.hidden = !ok;
      var id = card.getAttribute('data-claim-id');
      if (items[id]) items[id].hidden = !ok;
      (columns[id] || []).forEach(function (cell) { cell.style.opacity = ok ? '' : '0.25'; });
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + cards.length + ' claims shown';
  }

  // A link may carry a filter: report.html#q=troops opens with it filled in.
  if (location.hash.indexOf('#q=') === 0) {
    try { search.value = decodeURIComponent(location.hash.slice(3).replace(/\+/g, ' ')); } catch (e) {}
  }
  search.addEventListener('input', apply);
  shared.addEventListener('change', apply);
  typeBoxes.forEach(function (box) { box.addEventListener('change', apply); });
  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && document.activeElement !== search) { event.preventDefault(); search.focus(); }
    if (event.key === 'Escape' && document.activeElement === search) { search.value = ''; apply(); }
  });
  apply();
  document.documentElement.setAttribute('data-ready', '1');
})();
)js";

std::string content_security_policy(std::string_view script_nonce) {
  const std::string scripts =
      script_nonce.empty() ? std::string() : "script-src 'nonce-" + std::string(script_nonce) + "'; ";
  return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:; " + scripts + "base-uri 'none'; form-action 'none'\">";
}

}  // namespace claimdiff::detail
