// Served in place of Microsoft's office.js in the task pane test: Office and Excel as the add-in
// uses them, backed by one sheet held in the page. Every operation is recorded in window.__ops.
(function () {
  const ops = (window.__ops = []);
  const settings = Object.assign({}, window.__initialSettings || {});
  const sheets = (window.__sheets = [{ name: 'Điểm', values: window.__initialValues || [] }]);
  let active = 0;

  function recorder(path) {
    return new Proxy(function () {}, {
      get(_t, prop) { return prop === 'then' ? undefined : recorder(path + '.' + String(prop)); },
      set(_t, prop, value) { ops.push(path + '.' + String(prop)); return true; },
      apply(_t, _this, args) { ops.push(path + '(' + args.map((a) => JSON.stringify(a)).join(',') + ')'); return recorder(path + '()'); },
    });
  }
  function worksheet(name) {
    const data = () => sheets.find((s) => s.name === name);
    return {
      get name() { return name; },
      isNullObject: false,
      load() {},
      getUsedRangeOrNullObject() {
        const d = data();
        const width = Math.max(0, ...(d ? d.values : []).map((r) => r.length));
        const values = (d ? d.values : []).map((r) => Array.from({ length: width }, (_, j) => (r[j] === undefined ? '' : r[j])));
        // getColumnProperties / getRowProperties (ExcelApi 1.9) answer one entry per column / row, in points:
        // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)
        return { isNullObject: values.length === 0, values, formulas: values, rowIndex: 0, columnIndex: 0, rowCount: values.length, columnCount: width, load() {},
          getColumnProperties() { ops.push('getColumnProperties'); return { value: Array.from({ length: width }, (_, j) => ({ columnIndex: j, format: { columnWidth: 48 } })) }; },
          getRowProperties() { ops.push('getRowProperties'); return { value: values.map((_, i) => ({ rowIndex: i, format: { rowHeight: 15 } })) }; } };
      },
      getRangeByIndexes(r, c, h, w) {
        const rec = recorder('sheet[' + name + '].range(' + r + ',' + c + ',' + h + 'x' + w + ')');
        const d = data();
        const block = (d ? d.values : []).slice(r, r + h).map((row) => Array.from({ length: w }, (_, j) => (row[c + j] === undefined ? '' : row[c + j])));
        return new Proxy(rec, { get(t, p) { return p === 'load' ? () => {} : p === 'values' || p === 'formulas' ? block : t[p]; } });
      },
      getRange(a) {
        const rec = recorder('sheet[' + name + '].range(' + a + ')');
        return new Proxy(rec, { get(t, p) { return p === 'select' ? () => ops.push('select ' + name + '!' + a) : t[p]; } });
      },
      getRanges(a) { return recorder('sheet[' + name + '].ranges'); },
      freezePanes: recorder('sheet[' + name + '].freezePanes'),
      charts: recorder('sheet[' + name + '].charts'),
      pageLayout: recorder('sheet[' + name + '].pageLayout'),
      activate() { ops.push('activate ' + name); },
      delete() { ops.push('delete ' + name); },
    };
  }
  const context = {
    workbook: {
      worksheets: {
        items: [],
        load() { this.items = sheets.map((s) => worksheet(s.name)); },
        add(name) { ops.push('add ' + name); sheets.push({ name, values: [] }); return worksheet(name); },
        getItem(name) { return worksheet(name); },
        getItemOrNullObject(name) { return worksheet(name); },
        getActiveWorksheet() { return worksheet(sheets[active].name); },
      },
      getSelectedRanges() {
        ops.push('getSelectedRanges');
        return { areas: { items: [{ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }], load() {} } };
      },
      application: recorder('workbook.application'),
    },
    sync() { ops.push('sync'); return Promise.resolve(); },
  };
  window.Excel = { run: (fn) => fn(context) };
  window.Office = {
    // As in Office, ready comes after the page's scripts have run.
    onReady(cb) { setTimeout(() => { ops.push('office ready'); if (cb) cb({ host: 'Excel', platform: 'OfficeOnline' }); }, 0); return Promise.resolve({ host: 'Excel' }); },
    context: {
      document: { settings: { get: (k) => (k in settings ? settings[k] : null), set: (k, v) => { ops.push('settings.set ' + k); settings[k] = v; }, saveAsync: (cb) => cb({ status: 'succeeded' }) } },
      // window.__maxExcelApi = 8 plays an Excel whose newest ExcelApi is 1.8.
      requirements: { isSetSupported: (set, v) => window.__supported !== false && (set !== 'ExcelApi' || !window.__maxExcelApi || Number(String(v).split('.')[1]) <= window.__maxExcelApi) },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    actions: { associate: (name) => ops.push('associate ' + name) },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  window.CustomFunctions = { associate: (id) => ops.push('cf ' + id), Error: function (code, message) { this.code = code; this.message = message; }, ErrorCode: { invalidValue: '#VALUE!' } };
})();
