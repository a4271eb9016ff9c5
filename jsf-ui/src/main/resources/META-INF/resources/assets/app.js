/* Photoshare: small enhancements on top of pages that work without JavaScript. */
(function () {
  'use strict';

  // Styles and tests can tell a page whose scripts ran.
  document.documentElement.classList.add('js');

  // Infinite scroll: the "More photos" link keeps working without JS; with JS the next page is
  // fetched and its cards appended when the link comes into view.
  function enhanceMore(link) {
    if (!('IntersectionObserver' in window) || !('fetch' in window)) {
      return;
    }
    var grid = document.querySelector('[data-grid="photos"]');
    if (!grid) {
      return;
    }
    var loading = false;
    var observer = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; }) || loading) {
        return;
      }
      loading = true;
      link.setAttribute('aria-busy', 'true');
      fetch(link.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          if (!response.ok) { throw new Error('HTTP ' + response.status); }
          return response.text();
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var seen = {};
          grid.querySelectorAll('[data-photo-id]').forEach(function (card) { seen[card.dataset.photoId] = true; });
          page.querySelectorAll('[data-grid="photos"] > .card').forEach(function (card) {
            if (!seen[card.dataset.photoId]) {
              grid.appendChild(document.importNode(card, true));
            }
          });
          var next = page.querySelector('a[data-infinite]');
          if (next) {
            link.href = next.href;
            link.removeAttribute('aria-busy');
            loading = false;
          } else {
            observer.disconnect();
            link.parentNode.removeChild(link);
          }
        })
        .catch(function () {
          // Leave the link as it is: a click still loads the next page the plain way.
          observer.disconnect();
          link.removeAttribute('aria-busy');
        });
    }, { rootMargin: '400px 0px' });
    observer.observe(link);
  }

  // Upload: check type and size at once, and show a preview before sending.
  function enhanceUpload(form) {
    var input = form.querySelector('input[type="file"]');
    var check = document.getElementById('file-check');
    var frame = document.getElementById('preview-frame');
    var preview = document.getElementById('preview');
    var caption = document.getElementById('preview-caption');
    var maxBytes = Number(form.getAttribute('data-max-bytes'));
    var accepted = (form.getAttribute('data-accept') || '').split(',');
    var objectUrl = null;

    function megabytes(bytes) {
      return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0) + ' MB';
    }
    function complain(text) {
      check.textContent = text;
      check.hidden = false;
      frame.hidden = true;
      input.value = '';
    }
    function reset() {
      check.hidden = true;
      check.textContent = '';
      if (objectUrl) { URL.revokeObjectURL(objectUrl); objectUrl = null; }
    }

    input.addEventListener('change', function () {
      reset();
      var file = input.files && input.files[0];
      if (!file) {
        frame.hidden = true;
        return;
      }
      if (accepted.indexOf(file.type) < 0) {
        complain('"' + file.name + '" is not a JPEG, PNG, GIF or WebP image. Choose a photo.');
        return;
      }
      if (file.size > maxBytes) {
        complain('"' + file.name + '" is ' + megabytes(file.size) + '; the limit is ' + megabytes(maxBytes) + '.');
        return;
      }
      objectUrl = URL.createObjectURL(file);
      preview.src = objectUrl;
      caption.textContent = file.name + ' · ' + megabytes(file.size);
      frame.hidden = false;
      var title = form.querySelector('input[id$="title"]');
      if (title && !title.value) {
        title.value = file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').slice(0, 140);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var more = document.querySelector('a[data-infinite]');
    if (more) { enhanceMore(more); }
    var upload = document.querySelector('form[data-max-bytes]');
    if (upload) { enhanceUpload(upload); }
  });
})();
