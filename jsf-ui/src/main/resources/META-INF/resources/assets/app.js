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
      preview.onerror = function () {
        complain('"' + file.name + '" cannot be shown as an image: it is damaged or not a photo. Choose another file.');
      };
      preview.src = objectUrl;
      caption.textContent = file.name + ' · ' + megabytes(file.size);
      frame.hidden = false;
      var title = form.querySelector('input[id$="title"]');
      if (title && !title.value) {
        title.value = file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').slice(0, 140);
      }
    });
  }

  // Upload with progress: the form is sent as the browser would send it, the button is disabled
  // and a progress bar shows what has been sent. The photo page it leads to is then shown; a refusal
  // shows its messages on this page, which keeps the chosen file and the title.
  function sendWithProgress(form) {
    if (!('FormData' in window) || !('upload' in new XMLHttpRequest())) {
      return;
    }
    var bar = document.getElementById('upload-progress');
    var status = document.getElementById('upload-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = event.submitter || form.querySelector('input[type="submit"]');
      if (button.disabled) {
        return;
      }
      var data = new FormData(form);
      if (button.name) {
        data.append(button.name, button.value);
      }
      button.disabled = true;
      form.setAttribute('aria-busy', 'true');
      bar.hidden = false;
      bar.value = 0;
      status.textContent = 'Sending…';
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.responseType = 'document';
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          bar.max = e.total;
          bar.value = e.loaded;
          status.textContent = e.loaded < e.total ? Math.floor(100 * e.loaded / e.total) + ' % sent'
              : 'Sent; the photo is being processed…';
        }
      };
      function done(text) {
        button.disabled = false;
        form.removeAttribute('aria-busy');
        bar.hidden = true;
        status.textContent = text;
      }
      xhr.onload = function () {
        var page = xhr.response;
        var url = new URL(xhr.responseURL || form.action, location.href);
        if (url.pathname !== location.pathname || !page || !page.getElementById('upload')) {
          location.assign(url.href);
          return;
        }
        var fresh = page.querySelectorAll('#upload .field');
        form.querySelectorAll('.field').forEach(function (field, i) {
          field.querySelectorAll('.field-error:not(#file-check)').forEach(function (e) { e.parentNode.removeChild(e); });
          if (fresh[i]) {
            fresh[i].querySelectorAll('.field-error:not(#file-check)').forEach(function (e) {
              field.appendChild(document.importNode(e, true));
            });
          }
        });
        page.querySelectorAll('#upload input[type="hidden"]').forEach(function (input) {
          var mine = form.querySelector('input[type="hidden"][name="' + input.name + '"]');
          if (mine) { mine.value = input.value; }
        });
        showMessages(page);
        done('Not uploaded: see the message above. Your file and title are still here.');
        var error = form.querySelector('.field-error:not(#file-check)');
        (error ? error.parentNode.querySelector('input') : button).focus();
        counted();
      };
      xhr.onerror = function () {
        done('The upload did not get through (the connection failed). Your file and title are still here: try again.');
      };
      xhr.send(data);
    });
  }

  // What a page answered says about the outcome (a refusal, a notice), where the layout puts it.
  function showMessages(page) {
    var main = document.getElementById('main');
    ['notice', 'messages'].forEach(function (id) {
      var old = document.getElementById(id);
      if (old) { old.parentNode.removeChild(old); }
    });
    ['messages', 'notice'].forEach(function (id) {
      var fresh = page.getElementById(id);
      if (fresh && main) { main.insertBefore(document.importNode(fresh, true), main.firstChild); }
    });
  }

  // Tests (and styles) can tell how many times a page updated itself in place.
  function counted() {
    document.documentElement.dataset.updates = String(Number(document.documentElement.dataset.updates || 0) + 1);
  }

  // Votes and comments in place: the form is posted as the browser would post it (its fields, the
  // CSRF token, the view state and the button used), the photo page that answers is read, and its
  // votes and comments replace the ones shown. Focus returns to the control that was used (or, when
  // that is gone, to the comment field). Anything unexpected shows what the server answered, as a
  // plain post would have.
  var swapped = ['votes', 'comments'];

  function submitInPlace(form, button) {
    var data = new URLSearchParams(new FormData(form));
    if (button && button.name) {
      data.append(button.name, button.value);
    }
    var focusId = button ? button.id : null;
    form.setAttribute('aria-busy', 'true');
    form.querySelectorAll('input[type="submit"], button').forEach(function (b) { b.disabled = true; });
    fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        return response.text().then(function (html) { return { response: response, html: html }; });
      })
      .then(function (answer) {
        var page = new DOMParser().parseFromString(answer.html, 'text/html');
        var samePage = answer.response.ok && new URL(answer.response.url).pathname === location.pathname
            && swapped.every(function (id) { return page.getElementById(id) && document.getElementById(id); });
        if (!samePage) {
          location.assign(answer.response.ok ? answer.response.url : location.href);
          return;
        }
        swapped.forEach(function (id) {
          var old = document.getElementById(id);
          old.parentNode.replaceChild(document.importNode(page.getElementById(id), true), old);
        });
        showMessages(page);
        var target = (focusId && document.getElementById(focusId)) || document.getElementById('comment:text');
        if (target) {
          target.focus();
        }
        counted();
      })
      .catch(function () {
        location.reload();
      });
  }

  function enhanceInPlace() {
    if (!('fetch' in window) || !('FormData' in window)) {
      return;
    }
    var lastButton = null;
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('input[type="submit"], button[type="submit"]');
      lastButton = button;
    }, true);
    document.addEventListener('submit', function (event) {
      var form = event.target;
      var inside = swapped.some(function (id) {
        var part = document.getElementById(id);
        return part && part.contains(form);
      });
      if (!inside) {
        return;
      }
      event.preventDefault();
      var button = event.submitter || (lastButton && form.contains(lastButton) ? lastButton : null);
      submitInPlace(form, button);
    });
  }

  // "Show" beside every password field: the typed password shown as text, or hidden again.
  function addShowPassword(input) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small button-quiet show-password';
    button.textContent = 'Show';
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-label', 'Show the password');
    button.addEventListener('click', function () {
      var shown = input.type === 'text';
      input.type = shown ? 'password' : 'text';
      button.textContent = shown ? 'Show' : 'Hide';
      button.setAttribute('aria-pressed', String(!shown));
      input.focus();
    });
    input.insertAdjacentElement('afterend', button);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[type="password"]').forEach(addShowPassword);
    if (document.getElementById('votes') && document.getElementById('comments')) { enhanceInPlace(); }
    var more = document.querySelector('a[data-infinite]');
    if (more) { enhanceMore(more); }
    var upload = document.querySelector('form[data-max-bytes]');
    if (upload) { enhanceUpload(upload); sendWithProgress(upload); }
  });
})();
