"""Plan M&E against the real binary (demo accounts): the public list and page, a round, an
owner's report, another division refused, the closed round's amendment, the exports, the
acceleration list and PDCA over the API, an .xlsx import with a bad row."""
import io
import json
import zipfile
from xml.sax.saxutils import escape


def minimal_xlsx(rows):
    """A workbook of one sheet of inline strings, as a minimal writer makes it."""
    def cell(col, row, value):
        ref = chr(ord("A") + col) + str(row)
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'
    sheet = "".join(
        f'<row r="{r}">' + "".join(cell(c, r, v) for c, v in enumerate(values)) + "</row>"
        for r, values in enumerate(rows, start=1))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                   'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet +
                   "</sheetData></worksheet>")
    return out.getvalue()


def run(ctx):
    pw = ctx.demo_password()

    def headers(user):
        h = ctx.sign_in(ctx.port, user, pw)
        return {k: h[k] for k in ("Cookie", "X-CSRF-Token", "Content-Type")}

    def call(h, method, path, body=None):
        resp, data = ctx.request(ctx.port, method, path, h,
                                 json.dumps(body).encode() if body is not None else None)
        ctype = resp.getheader("Content-Type") or ""
        return resp.status, (json.loads(data) if data and "json" in ctype else data)

    def projects(query=""):
        status, body = call({}, "GET", "/api/v1/plan/projects" + query)
        assert status == 200, status
        return body["items"]

    def public_list_has_the_25_projects_with_years_and_divisions():
        items = projects()
        assert len(items) == 25, len(items)
        p24 = next(p for p in items if p["strategy"] == 2 and p["seq"] == 4)
        assert p24["fiscal_years"] == [2567, 2568], p24
        assert p24["divisions"] == ["strategy_budget"], p24
        assert p24["status"] in ("not_started", "on_track", "delayed", "completed"), p24
        for p in projects("?fiscal_year=2567&strategy=2&status=delayed"):
            assert p["strategy"] == 2 and 2567 in p["fiscal_years"] and p["status"] == "delayed", p
        status, err = call({}, "GET", "/api/v1/plan/projects?status=late")
        assert status == 400 and "status" in err["error"]["fields"], (status, err)

    def public_page_needs_no_sign_in():
        resp, data = ctx.request(ctx.port, "GET", "/plan")
        assert resp.status == 200 and data.count(b'data-test="project"') == 25, resp.status

    state = {}

    def owner_reports_in_an_open_round_and_the_list_shows_it():
        planner, clerk = headers("planner"), headers("educlerk")
        status, r = call(planner, "POST", "/api/v1/plan/rounds",
                         {"fiscal_year": 2570, "frequency": "monthly", "period": 1,
                          "deadline": "2027-01-15"})
        assert status == 201 and r["state"] == "open", (status, r)
        state["round"] = r["id"]
        p31 = next(p for p in projects() if p["strategy"] == 3 and p["seq"] == 1)
        state["p31"] = p31["id"]
        spent_before = p31["spent_satang"]  # the demo data's earlier rounds
        status, rep = call(clerk, "POST", f"/api/v1/plan/projects/{p31['id']}/reports",
                           {"round_id": r["id"], "percent_complete": 37, "spent_satang": 1250050,
                            "problems_th": "HTTP-CHECK-PROBLEM"})
        assert status == 201 and rep["version"] == 1 and rep["state"] == "accepted", (status, rep)
        status, p = call({}, "GET", f"/api/v1/plan/projects/{p31['id']}")
        assert p["percent_complete"] == 37 and p["spent_satang"] == spent_before + 1250050, p
        resp, data = ctx.request(ctx.port, "GET", f"/plan/projects/{p31['id']}")
        assert resp.status == 200 and b"HTTP-CHECK-PROBLEM" not in data, "internal notes leaked"

    def another_divisions_project_is_refused():
        p12 = next(p for p in projects() if p["strategy"] == 1 and p["seq"] == 2)
        status, _ = call(headers("educlerk"), "POST", f"/api/v1/plan/projects/{p12['id']}/reports",
                         {"round_id": state["round"], "percent_complete": 10})
        assert status == 403, status

    def closed_round_takes_only_approved_amendments():
        planner, clerk = headers("planner"), headers("educlerk")
        status, r = call(planner, "POST", f"/api/v1/plan/rounds/{state['round']}/close", {})
        assert status == 200 and r["state"] == "closed", (status, r)
        status, rep = call(clerk, "POST", f"/api/v1/plan/projects/{state['p31']}/reports",
                           {"round_id": state["round"], "percent_complete": 50})
        assert status == 201 and rep["amendment"] and rep["state"] == "pending", (status, rep)
        assert call({}, "GET", f"/api/v1/plan/projects/{state['p31']}")[1]["percent_complete"] == 37
        status, _ = call(clerk, "POST", f"/api/v1/plan/reports/{rep['id']}/decision", {"approve": True})
        assert status == 403, status
        status, d = call(planner, "POST", f"/api/v1/plan/reports/{rep['id']}/decision",
                         {"approve": True})
        assert status == 200 and d["state"] == "accepted", (status, d)
        assert call({}, "GET", f"/api/v1/plan/projects/{state['p31']}")[1]["percent_complete"] == 50

    def exports_download_for_staff_only():
        exe = headers("executive")
        for path, magic in [(f"/plan/rounds/{state['round']}/report.xlsx", b"PK"),
                            (f"/plan/rounds/{state['round']}/report.pdf", b"%PDF"),
                            ("/plan/dashboard.csv", b"\xef\xbb\xbf")]:
            resp, data = ctx.request(ctx.port, "GET", path, {"Cookie": exe["Cookie"]})
            assert resp.status == 200 and data.startswith(magic), (path, resp.status)
            resp, _ = ctx.request(ctx.port, "GET", path)
            assert resp.status in (401, 303), (path, resp.status)

    def acceleration_and_pdca_over_the_api():
        planner, clerk, exe = headers("planner"), headers("educlerk"), headers("executive")
        status, m = call(planner, "POST", "/api/v1/plan/acceleration",
                         {"project_id": state["p31"], "owner_th": "ผอ.กองการศึกษา",
                          "reason_th": "HTTP-CHECK-REASON", "measure_th": "เร่งรัดผู้รับจ้าง"})
        assert status == 201, (status, m)
        status, _ = call(clerk, "POST", "/api/v1/plan/acceleration",
                         {"project_id": state["p31"], "owner_th": "ก", "reason_th": "ข",
                          "measure_th": "ค"})
        assert status == 403, status
        status, d = call(exe, "POST", "/api/v1/plan/decisions",
                         {"subject": "acceleration", "ref_id": m["id"],
                          "decision_th": "HTTP-CHECK-DECISION"})
        assert status == 201, (status, d)
        status, lst = call(exe, "GET", "/api/v1/plan/acceleration")
        mine = next(x for x in lst["items"] if x["id"] == m["id"])
        assert mine["decisions"][0]["decision_th"] == "HTTP-CHECK-DECISION", mine
        status, n = call(clerk, "POST", f"/api/v1/plan/projects/{state['p31']}/pdca",
                         {"plan_th": "ก", "do_th": "ข", "check_th": "ค", "act_th": "HTTP-CHECK-ACT"})
        assert status == 201, (status, n)
        status, notes = call(exe, "GET", f"/api/v1/plan/projects/{state['p31']}/pdca")
        assert any(x["act_th"] == "HTTP-CHECK-ACT" for x in notes["items"]), notes
        status, _ = call({}, "GET", "/api/v1/plan/acceleration")
        assert status == 401, status

    def an_xlsx_with_a_bad_row_imports_nothing():
        planner = headers("planner")
        h = dict(planner, **{"Content-Type": "application/vnd.openxmlformats-officedocument."
                                             "spreadsheetml.sheet"})
        before = len(projects())
        body = minimal_xlsx([
            ["strategy", "seq", "project_th", "objectives_th", "years_be",
             "responsible_units_th", "system_kind"],
            ["2", "11", "ดี", "ก", "2569", "กองคลัง", "software"],
            ["2", "12", "ไม่ดี", "ก", "25xx", "กองคลัง", "software"]])
        resp, data = ctx.request(ctx.port, "POST", "/api/v1/plan/import", h, body)
        err = json.loads(data)
        assert resp.status == 400 and "rows[3].years_be" in err["error"]["fields"], (resp.status, err)
        assert len(projects()) == before

    for name, fn in [
        ("plan: the public API lists the 25 projects with years, divisions and filters",
         public_list_has_the_25_projects_with_years_and_divisions),
        ("plan: /plan needs no sign-in", public_page_needs_no_sign_in),
        ("plan: an owner reports in an open round", owner_reports_in_an_open_round_and_the_list_shows_it),
        ("plan: another division's project is 403", another_divisions_project_is_refused),
        ("plan: a closed round takes amendments the planner approves",
         closed_round_takes_only_approved_amendments),
        ("plan: round XLSX/PDF and dashboard CSV for staff only", exports_download_for_staff_only),
        ("plan: acceleration list, decisions and PDCA over the API",
         acceleration_and_pdca_over_the_api),
        ("plan: an .xlsx with a bad row imports nothing and names the row",
         an_xlsx_with_a_bad_row_imports_nothing),
    ]:
        ctx.check(name, fn)
