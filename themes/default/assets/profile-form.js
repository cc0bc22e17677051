/*
 * prepbook's profile form. Plain JavaScript, no build step, nothing sent anywhere: the page fetches
 * the handbook's own lists (profile/lists.json, written by ProfileLists.java), and the profile file
 * is written here, in the browser, in the format docs/profile-format.md describes.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-profile-form]');
  if (!form) return;
  var words = form.dataset;
  var output = document.getElementById('pf-yaml');
  var status = form.querySelector('[data-profile-status]');
  var interviews = form.querySelector('[data-interviews]');
  var template = document.getElementById('pf-interview');
  var lists = null;
  var serial = 0;

  // YAML: every value the student types is written as a double-quoted scalar. JSON's string syntax
  // is a subset of YAML's, so JSON.stringify quotes and escapes it; characters YAML may not hold
  // even inside quotes (C1 controls, U+FFFE, U+FFFF) are escaped as well.
  function quote(text) {
    return JSON.stringify(text).replace(/[\u007f-\u009f\ufffe\uffff]/g, function (c) {
      return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
    });
  }

  // A comment holds one line: line breaks in a question's text would end it early.
  function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
  }

  function comment(text) {
    return '# ' + oneLine(text);
  }

  function value(name) {
    var field = form.elements.namedItem(name);
    return field ? field.value.trim() : '';
  }

  function addInterview(focus) {
    var item = template.content.firstElementChild.cloneNode(true);
    serial++;
    item.querySelectorAll('[data-field]').forEach(function (field) {
      field.id = 'pf-' + field.dataset.field + '-' + serial;
    });
    item.querySelectorAll('label[data-for]').forEach(function (label) {
      label.htmlFor = 'pf-' + label.dataset.for + '-' + serial;
    });
    interviews.appendChild(item);
    number();
    if (focus) item.querySelector('select').focus();
    refresh();
  }

  function number() {
    var items = interviews.children;
    for (var i = 0; i < items.length; i++) {
      items[i].querySelector('[data-legend]').textContent = words.wordInterview + ' ' + (i + 1);
      // the only interview cannot go: a profile needs at least one
      items[i].querySelector('[data-remove-interview]').hidden = items.length === 1;
    }
  }

  function interviewValues() {
    return Array.prototype.map.call(interviews.children, function (item) {
      var v = {};
      item.querySelectorAll('[data-field]').forEach(function (field) { v[field.dataset.field] = field.value.trim(); });
      return v;
    });
  }

  function chosenStages() {
    return new Set(interviewValues().map(function (i) { return i.stage; }).filter(Boolean));
  }

  // The choices of one list, drawn as checkboxes; a ticked question or prompt gets an answer box.
  // Ticks and answers survive a redraw, so changing a stage never loses what was written.
  function drawChoices(kind, items, withAnswer) {
    var box = form.querySelector('[data-choices="' + kind + '"]');
    var kept = {};
    box.querySelectorAll('input[type=checkbox]').forEach(function (c) {
      var area = box.querySelector('textarea[data-answer-for="' + c.value + '"]');
      kept[c.value] = { checked: c.checked, answer: area ? area.value : '' };
    });
    box.textContent = '';
    if (items.length === 0) {
      var none = document.createElement('p');
      none.className = 'meta';
      none.textContent = kind === 'prompts' || chosenStages().size ? words.wordNone : words.wordPickStage;
      box.appendChild(none);
      return;
    }
    var list = document.createElement('ul');
    list.className = 'pf-choices';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var id = 'pf-' + kind + '-' + item.id;
      var check = document.createElement('input');
      check.type = 'checkbox';
      check.id = id;
      check.value = item.id;
      check.dataset.kind = kind;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = item.text + ' ';
      var code = document.createElement('code');
      code.textContent = item.id;
      label.appendChild(code);
      li.appendChild(check);
      li.appendChild(label);
      var was = kept[item.id];
      if (was) check.checked = was.checked;
      if (withAnswer) {
        var p = document.createElement('p');
        var areaLabel = document.createElement('label');
        areaLabel.htmlFor = id + '-answer';
        areaLabel.textContent = words.wordAnswer;
        var area = document.createElement('textarea');
        area.id = id + '-answer';
        area.rows = 3;
        area.dataset.answerFor = item.id;
        if (was) area.value = was.answer;
        p.appendChild(areaLabel);
        p.appendChild(area);
        p.hidden = !check.checked;
        li.appendChild(p);
        check.addEventListener('change', function () { p.hidden = !check.checked; });
      }
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  function drawLists() {
    if (!lists) return;
    var stages = chosenStages();
    var atStages = function (item) {
      return (item.stages || []).some(function (s) { return stages.has(s); });
    };
    drawChoices('questions', lists.questions.filter(atStages), true);
    drawChoices('asks', lists.asks.filter(atStages), false);
    drawChoices('prompts', lists.prompts, true);
  }

  function ticked(kind) {
    var box = form.querySelector('[data-choices="' + kind + '"]');
    return Array.prototype.filter.call(box.querySelectorAll('input[type=checkbox]'), function (c) {
      return c.checked;
    }).map(function (c) {
      var area = box.querySelector('textarea[data-answer-for="' + c.value + '"]');
      return { id: c.value, answer: area ? area.value.trim() : '', text: c.labels[0].firstChild.textContent.trim() };
    });
  }

  function profile() {
    var y = [comment(words.wordHeader)];
    y.push('candidate:');
    y.push('  name: ' + quote(value('name')));
    y.push('  email: ' + quote(value('email')));
    if (value('phone')) y.push('  phone: ' + quote(value('phone')));
    y.push('target:');
    y.push('  role: ' + quote(value('role')));
    y.push('  company: ' + quote(value('company')));
    if (value('industry')) y.push('  industry: ' + quote(value('industry')));
    y.push('time_zone: ' + quote(value('time_zone')));
    y.push('strengths:');
    y.push('  - name: ' + quote(value('strength')));
    y.push('    evidence: ' + quote(value('evidence')));
    y.push('interviews:');
    interviewValues().forEach(function (i) {
      y.push('  - stage: ' + quote(i.stage));
      // datetime-local gives 2026-12-01T10:30, the profile's own form of a local date and time
      y.push('    at: ' + quote(i.at));
      y.push('    minutes: ' + (parseInt(i.minutes, 10) || 60));
      y.push('    format: ' + quote(i.format));
      y.push('    interviewers:');
      y.push('      - name: ' + quote(i.who));
      if (i.whoEmail) y.push('        email: ' + quote(i.whoEmail));
    });
    if (value('decision_date')) y.push('decision_date: ' + quote(value('decision_date')));
    var questions = ticked('questions');
    var answered = questions.filter(function (q) { return q.answer; });
    if (answered.length) {
      y.push('answers:');
      answered.forEach(function (q) {
        y.push('  - question: ' + quote(q.id));
        y.push('    answer: ' + quote(q.answer));
      });
    }
    var todo = questions.filter(function (q) { return !q.answer; });
    if (todo.length) {
      y.push(comment(words.wordTodo));
      todo.forEach(function (q) { y.push('#   ' + q.id + ': ' + oneLine(q.text)); });
    }
    var prompts = ticked('prompts').filter(function (p) { return p.answer; });
    if (prompts.length) {
      y.push('backstory:');
      prompts.forEach(function (p) {
        y.push('  - prompt: ' + quote(p.id));
        y.push('    answer: ' + quote(p.answer));
      });
    }
    var asks = ticked('asks');
    if (asks.length) {
      y.push('asks:');
      asks.forEach(function (a) { y.push('  - ' + quote(a.id)); });
    }
    return y.join('\n') + '\n';
  }

  function refresh() {
    output.value = profile();
  }

  function say(text) {
    status.textContent = text;
  }

  function loadLists() {
    say(words.wordLoading);
    var link = document.getElementById('profile-lists');
    fetch(link.href, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error('profile form: ' + link.href + ' answered ' + r.status);
      return r.json();
    }).then(function (data) {
      lists = data;
      say('');
      drawLists();
      refresh();
    }).catch(function (e) {
      say(words.wordFailed);
      throw e;
    });
  }

  function zones() {
    var here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (here) form.elements.namedItem('time_zone').value = here;
    if (!Intl.supportedValuesOf) return;
    var list = document.getElementById('pf-zones');
    Intl.supportedValuesOf('timeZone').forEach(function (z) {
      var option = document.createElement('option');
      option.value = z;
      list.appendChild(option);
    });
  }

  form.addEventListener('input', refresh);
  form.addEventListener('change', function (e) {
    if (e.target.dataset.field === 'stage') drawLists();
    refresh();
  });
  form.addEventListener('click', function (e) {
    var remove = e.target.closest('[data-remove-interview]');
    if (remove) {
      remove.closest('li').remove();
      number();
      drawLists();
      refresh();
      form.querySelector('[data-add-interview]').focus();
    } else if (e.target.closest('[data-add-interview]')) {
      addInterview(true);
    } else if (e.target.closest('[data-copy-profile]')) {
      refresh();
      navigator.clipboard.writeText(output.value).then(function () { say(words.wordCopied); });
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!form.reportValidity()) {
      say(words.wordInvalid);
      return;
    }
    refresh();
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([output.value], { type: 'application/yaml' }));
    link.download = 'profile.yaml';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    say(words.wordDownloaded);
  });

  zones();
  addInterview(false);
  loadLists();
})();
