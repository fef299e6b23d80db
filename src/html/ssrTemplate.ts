/**
 * Runs the page's scripts, in order, once the browser has painted the page.
 *
 * Deferred scripts run as soon as the HTML is parsed. When they are cached
 * (a second visit) or arrive fast, the browser runs them, hydration included,
 * before its first paint, and on a slow phone the reader looks at a blank
 * screen while React works on a page whose HTML is already there. A hidden
 * tab paints nothing, and a browser without paint timing cannot say when it
 * did: both run the scripts at once. If no paint is reported within three
 * seconds, they run anyway.
 */
const runAfterFirstPaint = `(function (sources) {
  var started = false;
  function run() {
    if (started) return;
    started = true;
    sources.forEach(function (source) {
      var script = document.createElement('script');
      script.src = source;
      script.async = false;
      document.body.appendChild(script);
    });
  }
  var types = (window.PerformanceObserver || {}).supportedEntryTypes || [];
  if (document.visibilityState === 'hidden' || types.indexOf('paint') < 0) {
    return run();
  }
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length > 0) {
      observer.disconnect();
      run();
    }
  }).observe({type: 'paint', buffered: true});
  setTimeout(run, 3000);
})`;

/**
 * Until the page hydrates, Ctrl+Enter (⌘+Enter) in a form's text box sends
 * the form, as the page's own handler does once it runs: a reader on a slow
 * network who pastes a log and sends it at once is not ignored.
 */
const sendOnCtrlEnter = `document.addEventListener('keydown', function (event) {
  var box = event.target;
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  if (box.tagName !== 'TEXTAREA' || !box.form) return;
  if (document.documentElement.getAttribute('data-has-hydrated') === 'true') return;
  event.preventDefault();
  box.form.requestSubmit();
});`;

/**
 * The HTML of every page: Docusaurus's template, except that the scripts are
 * preloaded at the priority deferred scripts get, and run after the first
 * paint. `it` is what Docusaurus passes to the template.
 */
const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v<%= it.version %>">
<% it.metaAttributes.forEach((meta) => { %><%~ meta %>
<% }); %><%~ it.headTags %>
<% it.stylesheets.forEach((file) => { %><link rel="stylesheet" href="<%= it.baseUrl %><%= file %>">
<% }); %><% it.scripts.forEach((file) => { %><link rel="preload" href="<%= it.baseUrl %><%= file %>" as="script" fetchpriority="low">
<% }); %></head>
<body <%~ it.bodyAttributes %>>
<%~ it.preBodyTags %>
<div id="__docusaurus"><%~ it.appHtml %></div>
<%~ it.postBodyTags %>
<script>${sendOnCtrlEnter}${runAfterFirstPaint}(<%~ JSON.stringify(it.scripts.map((file) => it.baseUrl + file)) %>);</script>
</body>
</html>
`;

export default ssrTemplate;
