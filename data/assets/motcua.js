// MotCua pages: progressive enhancement only. Every page works without this script; the server checks
// everything again.
//  - [data-id-check]: checks an identity number as it is typed (shape of a 12-digit citizen ID and its
//    province code, 9-digit CMND, passport, tax code) and says so next to the field.
//  - forms: the submit button is disabled after the first click, so a double click sends one request
//    (the server refuses a second one anyway: one-time form tokens).
(function () {
  'use strict';

  function checkId(value, provinces) {
    var v = value.replace(/\s+/g, '').toUpperCase();
    if (v === '') return { ok: true, text: 'Số định danh cá nhân gồm 12 chữ số; máy chủ kiểm tra lại khi xem trước.' };
    if (/^\d{12}$/.test(v)) {
      if (provinces.indexOf(v.substring(0, 3)) < 0) {
        return { ok: false, text: 'Mã tỉnh ' + v.substring(0, 3) + ' trong số định danh cá nhân không hợp lệ.' };
      }
      var century = Number(v.charAt(3));
      var year = (1900 + 100 * Math.floor(century / 2)) + Number(v.substring(4, 6));
      if (year > new Date().getFullYear()) {
        return { ok: false, text: 'Năm sinh ' + year + ' theo số định danh cá nhân chưa đến.' };
      }
      return { ok: true, text: 'Số định danh cá nhân hợp lệ về hình thức (năm sinh ' + year + ').' };
    }
    if (/^\d{9}$/.test(v)) return { ok: false, text: 'Chứng minh nhân dân 9 số không còn được dùng; vui lòng nhập số định danh 12 chữ số.' };
    if (/^[A-Z]\d{7}$/.test(v)) return { ok: true, text: 'Số hộ chiếu Việt Nam.' };
    if (/^\d{10}(-\d{3})?$/.test(v)) return { ok: true, text: 'Mã số thuế (máy chủ kiểm tra chữ số kiểm tra).' };
    if (/^\d+$/.test(v)) return { ok: false, text: 'Số định danh cá nhân phải gồm 12 chữ số (đang có ' + v.length + ').' };
    return { ok: false, text: 'Không nhận ra loại giấy tờ: số định danh cá nhân gồm 12 chữ số.' };
  }

  function wireIdCheck(input) {
    var provinces = (input.getAttribute('data-provinces') || '').split(',');
    var message = document.getElementById(input.getAttribute('aria-describedby'));
    if (!message) return;
    var update = function () {
      var result = checkId(input.value, provinces);
      message.textContent = result.text;
      message.className = 'hint ' + (input.value === '' ? '' : (result.ok ? 'good' : 'bad'));
      input.setAttribute('aria-invalid', result.ok ? 'false' : 'true');
    };
    input.addEventListener('input', update);
    if (input.value !== '') update();
  }

  function wireSubmitOnce(form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sent') === '1') {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-sent', '1');
      var submitter = event.submitter;
      // Disabled after this tick so the clicked button's name/value is still sent.
      window.setTimeout(function () {
        var buttons = form.querySelectorAll('button[type=submit]');
        for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
        if (submitter) submitter.textContent = 'Đang gửi…';
      }, 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var inputs = document.querySelectorAll('[data-id-check]');
    for (var i = 0; i < inputs.length; i++) wireIdCheck(inputs[i]);
    var forms = document.querySelectorAll('form[method=post]');
    for (var j = 0; j < forms.length; j++) wireSubmitOnce(forms[j]);
  });
})();
