"""Inventory: the REAL Debian agents report to a running pao over the OCS Inventory NG protocol,
hostile payloads change nothing, contracts compute their warranty end, and the warranty job sends
each reminder stage once across `pao jobs run-due --at …` runs.

Needs the Debian packages ocsinventory-agent and fusioninventory-agent (scripts/install-deps):
their absence is a failure, never a skip.
"""
import re
import base64
import datetime
import gzip
import http.client
import json
import os
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zlib


def run(ctx):
    tmp = tempfile.mkdtemp(prefix="pao-inventory-")

    def token(name, *scopes):
        args = ["token", "create", "--name", name]
        for s in scopes:
            args += ["--scope", s]
        p = ctx.pao(ctx.env, *args)
        assert p.returncode == 0, p.stdout + p.stderr
        return [line for line in p.stdout.splitlines() if line.strip()][-1].strip()

    agent_token = token("inventory-office-pcs", "inventory.report")
    viewer = {"Authorization": "Bearer " + token("inventory-viewer", "inventory.view",
                                                 "inventory.contracts")}
    url = f"http://127.0.0.1:{ctx.port}/ocsinventory"

    def api(method, target, body=None):
        headers = dict(viewer)
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body).encode()
        resp, data = ctx.request(ctx.port, method, target, headers, body)
        return resp.status, (json.loads(data) if data else None)

    def assets(**query):
        q = "&".join(f"{k}={v}" for k, v in query.items())
        status, body = api("GET", "/api/v1/assets?limit=200" + ("&" + q if q else ""))
        assert status == 200, (status, body)
        return body["items"]

    def post_agent(body, auth=("agent", agent_token), headers=None):
        h = {"Content-Type": "application/x-compress", "User-Agent": "OCS-NG_unified_unix_agent_v2.10"}
        if auth:
            h["Authorization"] = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        h.update(headers or {})
        return ctx.request(ctx.port, "POST", "/ocsinventory", h, body, timeout=60)

    def inventory(device_id, ram="8192", old=""):
        old_xml = f"<OLD_DEVICEID>{old}</OLD_DEVICEID>" if old else ""
        return (f"<?xml version='1.0' encoding='UTF-8'?><REQUEST><CONTENT><HARDWARE><NAME>chk-pc"
                f"</NAME><MEMORY>{ram}</MEMORY>{old_xml}</HARDWARE><BIOS><SSN>CHK-{device_id}</SSN>"
                f"</BIOS><CPUS><NAME>Test CPU</NAME></CPUS></CONTENT><DEVICEID>{device_id}"
                f"</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>").encode()

    def agents_are_installed():
        for exe in ("ocsinventory-agent", "fusioninventory-agent"):
            assert shutil.which(exe), f"{exe} is not installed (scripts/install-deps installs it)"

    def without_credentials_401_and_nothing_stored():
        before = len(assets())
        resp, _ = post_agent(zlib.compress(inventory("nocred-2024-05-09-13-45-10")), auth=None)
        assert resp.status == 401, resp.status
        assert resp.getheader("WWW-Authenticate") == 'Basic realm="pao"', resp.getheader("WWW-Authenticate")
        resp, _ = post_agent(zlib.compress(inventory("badcred-2024-05-09-13-45-10")),
                             auth=("agent", "pao_not-a-token"))
        assert resp.status == 401, resp.status
        resp, _ = post_agent(zlib.compress(inventory("wrongscope-2024-05-09-13-45-10")),
                             auth=("agent", viewer["Authorization"][7:]))
        assert resp.status == 403, resp.status
        assert len(assets()) == before
        # Basic credentials are for the agents' endpoint only: elsewhere they give nothing.
        basic = "Basic " + base64.b64encode(f"agent:{viewer['Authorization'][7:]}".encode()).decode()
        resp, _ = ctx.request(ctx.port, "GET", "/api/v1/assets", {"Authorization": basic})
        assert resp.status == 401, resp.status

    def prolog_and_inventory_replies_are_compressed_like_the_request():
        prolog = b"<REQUEST><DEVICEID>reply-2024-05-09-13-45-10</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>"
        want = b"<REPLY><PROLOG_FREQ>24</PROLOG_FREQ><RESPONSE>SEND</RESPONSE></REPLY>"
        resp, data = post_agent(zlib.compress(prolog))
        assert resp.status == 200 and zlib.decompress(data) == want, (resp.status, data[:80])
        resp, data = post_agent(gzip.compress(prolog), headers={"Content-Type": "text/plain"})
        assert resp.status == 200 and gzip.decompress(data) == want, (resp.status, data[:80])
        resp, data = post_agent(prolog, headers={"User-Agent": "FusionInventory-Agent_v2.6"})
        assert resp.status == 200 and data == want, (resp.status, data[:80])
        resp, data = post_agent(zlib.compress(inventory("reply-2024-05-09-13-45-10")))
        assert resp.status == 200, resp.status
        assert zlib.decompress(data) == b"<REPLY><RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE></REPLY>"

    def bad_payloads_get_4xx_and_change_nothing():
        before = assets()
        good = zlib.compress(inventory("hostile-2024-05-09-13-45-10"))
        deep = b"<REQUEST>" + b"<A>" * 100 + b"</A>" * 100 + b"</REQUEST>"
        bomb = b"<!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]><REQUEST>&b;</REQUEST>"
        inflated_bomb = zlib.compress(b"<REQUEST>" + b" " * (40 << 20) + b"</REQUEST>")
        for name, body, want in [("garbage", b"\x00\x01hello", 400),
                                 ("truncated zlib", good[: len(good) // 2], 400),
                                 ("malformed xml", zlib.compress(b"<REQUEST><QUERY>INVENTORY</REQUEST>"), 400),
                                 ("no deviceid", zlib.compress(b"<REQUEST><QUERY>INVENTORY</QUERY><CONTENT/></REQUEST>"), 400),
                                 ("too deep", zlib.compress(deep), 400),
                                 ("entity bomb", bomb, 400),
                                 ("inflates past the limit", inflated_bomb, 413)]:
            resp, data = post_agent(body)
            assert resp.status == want, f"{name}: {resp.status} {data[:120]}"
        # A body over the route's 8 MiB limit is refused from its Content-Length, unread.
        conn = http.client.HTTPConnection("127.0.0.1", ctx.port, timeout=30)
        conn.putrequest("POST", "/ocsinventory")
        conn.putheader("Authorization", "Basic " + base64.b64encode(f"agent:{agent_token}".encode()).decode())
        conn.putheader("Content-Length", str(9 << 20))
        conn.endheaders()
        resp = conn.getresponse()
        assert resp.status == 413, f"body over the limit: {resp.status}"
        conn.close()
        assert assets() == before

    def real_ocs_agent(name, args, env=None):
        p = subprocess.run(["ocsinventory-agent", *args, "--basevardir", os.path.join(tmp, name),
                            "--logfile", os.path.join(tmp, name + ".log")],
                           capture_output=True, text=True, timeout=300, env=env)
        assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]

    def ocs_agent_reports_and_a_second_report_updates():
        local = os.path.join(tmp, "ocs-local")
        os.makedirs(local, exist_ok=True)
        real_ocs_agent("ocs", ["--local", local])
        files = [f for f in os.listdir(local) if f.endswith(".ocs")]
        assert files, os.listdir(local)
        sent = ET.parse(os.path.join(local, files[0])).getroot()
        hostname = sent.findtext("CONTENT/HARDWARE/NAME")
        ram = int(sent.findtext("CONTENT/HARDWARE/MEMORY"))
        serial = sent.findtext("CONTENT/BIOS/SSN") or ""
        cpu = sent.findtext("CONTENT/CPUS/NAME") or sent.findtext("CONTENT/CPUS/TYPE") or ""
        before = len(assets())
        creds = ["--server", url, "--nolocal", "--realm", "pao",
                 "--user", base64.b64encode(b"agent").decode(),
                 "--password", base64.b64encode(agent_token.encode()).decode()]
        real_ocs_agent("ocs", creds)
        after = assets()
        assert len(after) == before + 1, (before, len(after))
        machine = next(a for a in after if a["device_id"] and a["device_id"].startswith(hostname))
        assert machine["hostname"] == hostname and machine["ram_mb"] == ram, machine
        assert machine["serial"] == serial and machine["cpu"] == cpu.strip(), (machine, serial, cpu)
        assert any(a["id"] == machine["id"] for a in assets(hostname=hostname))
        real_ocs_agent("ocs", creds)
        assert len(assets()) == before + 1, "a second report must update, not duplicate"
        status, one = api("GET", f"/api/v1/assets/{machine['id']}")
        assert status == 200 and len(one["software"]) > 0, status

    def fusion_agent_reports_and_a_second_report_updates():
        conf = os.path.join(tmp, "fusion.cfg")
        open(conf, "w").close()
        env = dict(os.environ, HOME=tmp)
        cmd = ["fusioninventory-agent", "--server", url, "--user", "agent", "--password",
               agent_token, "--tasks", "inventory", "--force", "--no-httpd", "--conf-file", conf]
        before = len(assets())
        for _ in range(2):
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
            assert p.returncode == 0 and "wrong credentials" not in p.stdout + p.stderr, \
                p.stdout[-2000:] + p.stderr[-2000:]
            assert len(assets()) == before + 1, (before, len(assets()))
        machine = max(assets(), key=lambda a: a["id"])
        assert machine["ram_mb"] > 0 and machine["cpu"] and machine["hostname"], machine

    def renamed_machine_is_merged():
        resp, _ = post_agent(zlib.compress(inventory("oldname-2024-05-09-13-45-10", ram="4096")))
        assert resp.status == 200
        count = len(assets())
        resp, _ = post_agent(zlib.compress(inventory("newname-2025-01-02-08-00-00", ram="8192",
                                                     old="oldname-2024-05-09-13-45-10")))
        assert resp.status == 200
        items = assets()
        assert len(items) == count, "OLD_DEVICEID must merge, not duplicate"
        merged = next(a for a in items if a["device_id"] == "newname-2025-01-02-08-00-00")
        assert merged["ram_mb"] == 8192

    today = datetime.date.today()
    ends = today + datetime.timedelta(days=100)
    accepted = ends.replace(year=ends.year - 2, day=min(ends.day, 28))
    ends = accepted.replace(year=accepted.year + 2)
    state = {}

    def contract_computes_warranty_end_and_checks_the_tax_id():
        body = {"egp_no": "66019123456", "contract_no": "HTTP-45/2569",
                "contractor_name": "บริษัท ลำพูนคอมพิวเตอร์ จำกัด", "contractor_tax_id": "0105536000315",
                "subject": "ซื้อเครื่องคอมพิวเตอร์ 3 ชุด", "value_satang": 7200000,
                "accepted_on": accepted.isoformat(), "warranty_months": 24}
        status, err = api("POST", "/api/v1/contracts", body)
        assert status == 400 and "contractor_tax_id" in err["error"]["fields"], (status, err)
        body["contractor_tax_id"] = "0105536000313"
        status, made = api("POST", "/api/v1/contracts", body)
        assert status == 201 and made["warranty_ends_on"] == ends.isoformat(), (status, made)
        state["id"] = made["id"]

    def run_due(day):
        at = f"{day.isoformat()}T08:00:00+07:00"
        p = ctx.pao(ctx.env, "jobs", "run-due", "--at", at)
        assert p.returncode == 0, p.stdout + p.stderr

    def stages():
        status, body = api("GET", f"/api/v1/contracts/{state['id']}/reminders")
        assert status == 200, status
        return [r["days_before"] for r in body["items"] if r["kind"] == "warranty"]

    def reminder_stages_once_and_none_lost_when_a_day_is_skipped():
        run_due(ends - datetime.timedelta(days=91))
        assert stages() == [], stages()
        run_due(ends - datetime.timedelta(days=90))
        run_due(ends - datetime.timedelta(days=90))
        assert stages() == [90], stages()
        status, body = api("GET", f"/api/v1/contracts/{state['id']}/reminders")
        assert body["items"][0]["sent_at"], body
        run_due(ends - datetime.timedelta(days=29))  # the 60- and 30-day runs were skipped
        assert sorted(stages()) == [30, 60, 90], stages()

    def defect_workflow_through_the_api():
        cid = state["id"]
        base = f"/api/v1/contracts/{cid}"
        status, body = api("POST", base + "/notices", {"sent_on": "2027-01-02", "fix_by": "2027-01-20",
                                                       "details": "เปลี่ยนจอภาพ"})
        assert status == 409, (status, body)  # no inspection found a defect yet
        status, _ = api("POST", base + "/inspections", {"inspected_on": "2027-01-01",
                                                        "findings": "จอภาพเสีย", "has_defect": True})
        assert status == 201
        status, body = api("POST", base + "/notices", {"sent_on": "2027-01-02", "fix_by": "2027-01-01",
                                                       "details": "เปลี่ยนจอภาพ"})
        assert status == 400 and "fix_by" in body["error"]["fields"], (status, body)
        status, body = api("POST", base + "/notices", {"sent_on": "2027-01-02", "fix_by": "2027-01-20",
                                                       "details": "เปลี่ยนจอภาพ", "urgency": "shouting",
                                                       "signer_name": "นายสมชาย ใจดี",
                                                       "signer_position": "นายก อบจ.ลำพูน"})
        assert status == 400 and "urgency" in body["error"]["fields"], (status, body)
        status, notice = api("POST", base + "/notices", {"sent_on": "2027-01-02", "fix_by": "2027-01-20",
                                                         "details": "เปลี่ยนจอภาพ", "urgency": "urgent",
                                                         "signer_name": "นายสมชาย ใจดี",
                                                         "signer_position": "นายก อบจ.ลำพูน"})
        assert status == 201, (status, notice)
        # The notice went out as an outgoing letter of e-Saraban: its number and its job's page.
        assert re.fullmatch(r"ลพ 51000/\d+", notice["letter_ref"]), notice
        assert notice["letter_page"].startswith("/saraban/jobs/"), notice
        resp, page = ctx.request(ctx.port, "GET", f"/inventory/contracts/{cid}", viewer)
        assert notice["letter_page"].encode() in page, "the contract page links to the letter"
        status, dash = api("GET", "/api/v1/inventory/warranty-dashboard")
        assert status == 200 and any(d["contract_id"] == cid for d in dash["open_defects"]), dash
        closing = {"outcome": "returned", "closed_on": "2027-02-01", "approved_by": "นายก อบจ."}
        status, _ = api("POST", base + "/security", closing)
        assert status == 409, "a security is not returned while a defect is open"
        status, _ = api("POST", base + "/inspections", {"inspected_on": "2027-01-21",
                                                        "reinspection": True})
        assert status == 201
        status, body = api("POST", base + "/security", closing)
        assert status == 200 and body["security_outcome"] == "returned", (status, body)

    def licences_and_replacement_plan_answer():
        status, body = api("GET", "/api/v1/inventory/licences")
        assert status == 200 and "items" in body, (status, body)
        status, body = api("GET", "/api/v1/inventory/replacement-plan?year=2570")
        assert status == 200 and body["fiscal_year"] == 2570, (status, body)
        status, body = api("GET", "/api/v1/inventory/replacement-plan?year=70")
        assert status == 400 and "year" in body["error"]["fields"], (status, body)

    def exports_xlsx_and_qr_labels():
        resp, data = ctx.request(ctx.port, "GET", "/inventory/assets.xlsx", viewer)
        assert resp.status == 200 and data.startswith(b"PK"), (resp.status, data[:20])
        assert "spreadsheetml" in resp.getheader("Content-Type")
        resp, data = ctx.request(ctx.port, "GET", "/inventory/labels.pdf", viewer)
        assert resp.status == 200 and data.startswith(b"%PDF"), (resp.status, data[:20])

    def csv_import_is_all_or_nothing():
        manager = {"Authorization": "Bearer " + token("inventory-importer", "inventory.manage")}

        def upload(csv_text):
            boundary = "----pao-inventory-import"
            body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
                    f"filename=\"assets.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv_text}\r\n"
                    f"--{boundary}--\r\n").encode()
            headers = dict(manager, **{"Content-Type": f"multipart/form-data; boundary={boundary}"})
            return ctx.request(ctx.port, "POST", "/inventory/import", headers, body)[0].status

        before = len(assets())
        bad = "asset_no,kind,price\n416-67-0001,desktop,100\n416-67-0002,laptop,abc\n"
        assert upload(bad) == 400
        assert len(assets()) == before, "a bad row must import nothing"
        good = "asset_no,kind,price,purchased_on\n416-67-0001,desktop,100,15/01/2567\n416-67-0002,printer,2500.50,\n"
        assert upload(good) == 303
        assert len(assets()) == before + 2
        assert any(a["asset_no"] == "416-67-0002" and a["price_satang"] == 250050 for a in assets())

    def a_photo_attaches_to_an_asset_and_downloads():
        keeper = {"Authorization": "Bearer " + token("inventory-photos", "inventory.view",
                                                     "inventory.manage")}
        asset_id = assets()[0]["id"]
        png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
               b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00"
               b"\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
        boundary = "----pao-inventory-photo"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pc.png\"\r\n"
                f"Content-Type: image/png\r\n\r\n").encode() + png + f"\r\n--{boundary}--\r\n".encode()
        headers = dict(keeper, **{"Content-Type": f"multipart/form-data; boundary={boundary}"})
        resp, _ = ctx.request(ctx.port, "POST", f"/inventory/assets/{asset_id}/files", headers, body)
        assert resp.status == 303, resp.status
        resp, page = ctx.request(ctx.port, "GET", f"/inventory/assets/{asset_id}", keeper)
        import re
        link = re.search(rb'href="(/files/\d+/[^"]+)"', page)
        assert resp.status == 200 and link, resp.status
        resp, data = ctx.request(ctx.port, "GET", link.group(1).decode(), keeper)
        assert resp.status == 200 and data == png, resp.status

    def supplies_division_works_contracts_other_divisions_cannot():
        pw = ctx.demo_password()

        def as_user(user, method, target, body=None):
            h = ctx.sign_in(ctx.port, user, pw)
            headers = {k: h[k] for k in ("Cookie", "X-CSRF-Token", "Content-Type")}
            resp, data = ctx.request(ctx.port, method, target, headers,
                                     json.dumps(body).encode() if body is not None else None)
            return resp.status, data

        contract = {"contract_no": "HTTP-SUP/2569", "contractor_name": "ห้างหุ้นส่วน ลำพูนไอที",
                    "contractor_tax_id": "0105536000313", "subject": "ซื้อเครื่องสำรองไฟ",
                    "accepted_on": accepted.isoformat(), "warranty_months": 12}
        for target in ("/inventory/warranty", "/inventory/contracts",
                       "/api/v1/inventory/warranty-dashboard"):
            status, _ = as_user("supplies", "GET", target)
            assert status == 200, (target, status)
        status, made = as_user("supplies", "POST", "/api/v1/contracts", contract)
        assert status == 201, (status, made)
        # Least privilege: contracts and warranties, not the asset registry's writes.
        status, _ = as_user("supplies", "POST", "/api/v1/assets", {"asset_no": "416-69-0001"})
        assert status == 403, status
        for user in ("edustaff", "finance", "educlerk"):
            for target in ("/inventory/warranty", "/api/v1/inventory/warranty-dashboard"):
                status, _ = as_user(user, "GET", target)
                assert status == 403, (user, target, status)
            status, _ = as_user(user, "POST", "/api/v1/contracts", dict(contract, contract_no="X/1"))
            assert status == 403, (user, status)

    def reminder_stages_set_by_the_owner_drive_the_job():
        status, body = api("GET", "/api/v1/inventory/reminder-stages")
        assert status == 200 and body == {"days": [90, 60, 30, 7], "is_default": True}, body
        status, body = api("PUT", "/api/v1/inventory/reminder-stages", {"days": [30, 30]})
        assert status == 400 and "days" in body["error"]["fields"], (status, body)
        status, body = api("PUT", "/api/v1/inventory/reminder-stages", {"days": list(range(1, 12))})
        assert status == 400 and "days" in body["error"]["fields"], (status, body)
        run_on = ends + datetime.timedelta(days=10)  # after every earlier run of the job
        end2 = run_on + datetime.timedelta(days=200)
        end2 = end2.replace(day=min(end2.day, 28))
        stage = (end2 - run_on).days  # far beyond the default 90 days
        status, body = api("PUT", "/api/v1/inventory/reminder-stages", {"days": [stage]})
        assert status == 200 and body == {"days": [stage], "is_default": False}, body
        status, made = api("POST", "/api/v1/contracts", {
            "contract_no": "HTTP-STAGE/2569", "contractor_name": "บริษัท ทดสอบ จำกัด",
            "contractor_tax_id": "0105536000313", "subject": "ซื้อเครื่องพิมพ์",
            "accepted_on": end2.replace(year=end2.year - 1).isoformat(), "warranty_months": 12})
        assert status == 201 and made["warranty_ends_on"] == end2.isoformat(), (status, made)
        run_due(run_on)
        status, body = api("GET", f"/api/v1/contracts/{made['id']}/reminders")
        got = [r["days_before"] for r in body["items"] if r["kind"] == "warranty"]
        assert got == [stage], got
        api("PUT", "/api/v1/inventory/reminder-stages", {"days": [90, 60, 30, 7]})

    def assets_filter_by_contract():
        status, body = api("GET", "/api/v1/assets?contract=abc")
        assert status == 400 and "contract" in body["error"]["fields"], (status, body)
        everything = assets()
        assert everything, "the agents' machines are listed"
        status, body = api("GET", f"/api/v1/assets?limit=200&contract={state['id']}")
        assert status == 200 and len(body["items"]) < len(everything), body
        assert all(a["contract_id"] == state["id"] for a in body["items"]), body
        resp, page = ctx.request(ctx.port, "GET", f"/inventory?contract={state['id']}", viewer)
        assert resp.status == 200 and b'name="contract"' in page, resp.status

    for name, fn in [
            ("inventory: both real agents are installed", agents_are_installed),
            ("inventory: an agent without valid credentials gets 401 Basic and stores nothing",
             without_credentials_401_and_nothing_stored),
            ("inventory: PROLOG and INVENTORY replies come compressed like the request",
             prolog_and_inventory_replies_are_compressed_like_the_request),
            ("inventory: malformed, truncated and oversized payloads get 4xx and change nothing",
             bad_payloads_get_4xx_and_change_nothing),
            ("inventory: the real ocsinventory-agent creates a machine; a second report updates it",
             ocs_agent_reports_and_a_second_report_updates),
            ("inventory: the real fusioninventory-agent creates a machine; a second report updates it",
             fusion_agent_reports_and_a_second_report_updates),
            ("inventory: a renamed machine sending OLD_DEVICEID is merged", renamed_machine_is_merged),
            ("inventory: a contract computes its warranty end; a bad tax ID is 400 naming it",
             contract_computes_warranty_end_and_checks_the_tax_id),
            ("inventory: each reminder stage is sent once; a skipped day loses none",
             reminder_stages_once_and_none_lost_when_a_day_is_skipped),
            ("inventory: inspection, notice, re-inspection and return of the security through the API",
             defect_workflow_through_the_api),
            ("inventory: licence counts and the replacement plan answer; a bad year is 400",
             licences_and_replacement_plan_answer),
            ("inventory: the asset list downloads as XLSX and as a sheet of QR labels",
             exports_xlsx_and_qr_labels),
            ("inventory: a CSV import with one bad row imports nothing; a good one imports all",
             csv_import_is_all_or_nothing),
            ("inventory: a photo attaches to an asset and downloads again",
             a_photo_attaches_to_an_asset_and_downloads),
            ("inventory: the supplies officer works contracts and the warranty dashboard; other "
             "divisions' staff cannot", supplies_division_works_contracts_other_divisions_cannot),
            ("inventory: reminder stages set by the dashboard's owner are validated and drive the job",
             reminder_stages_set_by_the_owner_drive_the_job),
            ("inventory: the asset list filters by contract (page and JSON); a bad id is 400",
             assets_filter_by_contract)]:
        ctx.check(name, fn)
