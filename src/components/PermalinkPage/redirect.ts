import type {PermalinkData} from '../../plugins/faq';

/** Where the reader's language choice is remembered. */
export const LOCALE_KEY = 'faq.locale';

/**
 * The inline script that sends a reader on: a fixed permalink to its locale,
 * the plain one to the remembered choice, else the first browser language we
 * have, else Chinese. It runs before the page's own JavaScript loads.
 */
export function redirectScript({fixed, targets}: PermalinkData): string {
  const data = JSON.stringify({fixed: fixed ?? null, targets, key: LOCALE_KEY});
  return `(function(d){var t=d.targets,p=d.fixed;
if(!p){try{p=localStorage.getItem(d.key)}catch(e){}}
if(!t[p]){p=null;var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];
for(var i=0;i<l.length&&!p;i++){var x=String(l[i]).toLowerCase();p=x.indexOf('zh')===0?'zh-Hans':x.indexOf('en')===0?'en':null}}
location.replace(t[p]||t['zh-Hans']);})(${data.replace(/</g, '\\u003c')});`;
}
