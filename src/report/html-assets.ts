export const HTML_STYLE = `
:root{--ink:#1d2330;--muted:#5d6675;--line:#d9dde5;--accent:#2856b6;--mark:#fff2a8}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:#f6f7f9}
header,main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}header h1{margin:.5rem 0 0;font-size:1.6rem}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.story{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin:1rem 0}
.story h2{margin:.2rem 0;font-size:1.25rem}.story h3{font-size:.95rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:1rem 0 .4rem}
.summary li{margin:.35rem 0}.chip{display:inline-block;font-size:.75rem;padding:0 .45rem;margin-left:.25rem;border-radius:999px;background:#e8eefb;color:var(--accent);text-decoration:none;white-space:nowrap}
.chip:hover{background:var(--accent);color:#fff}
ins{background:#dff3e4;text-decoration:none;padding:0 .1rem}del{background:#fbe3e3;color:#8a1f1f}
.fidelity-altered b,.fidelity-paraphrased b{color:#a3261b}.differ q,.quotes q{color:var(--muted)}
.timeline time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4rem}
details.article{border-top:1px solid var(--line);padding:.4rem 0}details.article>summary{cursor:pointer}
.text p{margin:.5rem 0}mark{background:var(--mark);padding:0 .1rem}mark:target{outline:2px solid var(--accent)}
.removed{margin:.5rem 0;font-size:.9rem;color:var(--muted)}.removed q{color:var(--ink)}.reason{font-style:italic}
.rejected{background:#fff;border:1px solid #f0c8c8;border-radius:10px;padding:1rem 1.25rem}
code{font-size:.85em;background:#f0f1f4;padding:0 .25rem;border-radius:4px}
@media print{details.article{display:block}}
`;

/** Opens the article that holds a cited sentence when its link is followed. */
export const HTML_SCRIPT = `
function openTarget(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var el=document.getElementById(id);
for(var n=el;n;n=n.parentElement){if(n.tagName==="DETAILS")n.open=true}if(el)el.scrollIntoView({block:"center"})}
window.addEventListener("hashchange",openTarget);openTarget();
`;
