"""The IT service desk's JSON interfaces against the real binary (demo accounts)."""
import json


def run(ctx):
    pw = ctx.demo_password()

    def headers(user):
        h = ctx.sign_in(ctx.port, user, pw)
        return {k: h[k] for k in ("Cookie", "X-CSRF-Token", "Content-Type")}

    def post(h, path, body):
        resp, data = ctx.request(ctx.port, "POST", path, h, json.dumps(body).encode())
        return resp.status, (json.loads(data) if data else None)

    def report_then_it_works_it_and_private_notes_stay_private():
        staff, it = headers("edustaff"), headers("itstaff")
        status, t = post(staff, "/api/v1/helpdesk/tickets",
                         {"title": "เครื่องพิมพ์ไม่ทำงาน", "description": "กระดาษติด",
                          "urgency": "high"})
        assert status == 201 and t["status"] == "new" and t["id"] > 0, (status, t)
        path = f"/api/v1/helpdesk/tickets/{t['id']}"
        status, n = post(it, path + "/notes", {"body": "PRIVATE-HTTP-NOTE", "private": True})
        assert status == 201 and n["private"] is True, (status, n)
        status, _ = post(staff, path + "/notes", {"body": "x", "private": True})
        assert status == 403, status
        resp, data = ctx.request(ctx.port, "GET", path, {"Cookie": staff["Cookie"]})
        assert resp.status == 200 and b"PRIVATE-HTTP-NOTE" not in data, resp.status
        resp, data = ctx.request(ctx.port, "GET", path, {"Cookie": it["Cookie"]})
        assert resp.status == 200 and b"PRIVATE-HTTP-NOTE" in data, resp.status
        resp, data = ctx.request(ctx.port, "GET", "/api/v1/notifications", {"Cookie": staff["Cookie"]})
        assert b"PRIVATE-HTTP-NOTE" not in data

    def another_division_gets_404():
        status, t = post(headers("edustaff"), "/api/v1/helpdesk/tickets", {"title": "จอดับ"})
        assert status == 201, status
        resp, _ = ctx.request(ctx.port, "GET", f"/api/v1/helpdesk/tickets/{t['id']}",
                              {"Cookie": headers("finance")["Cookie"]})
        assert resp.status == 404, resp.status

    def bad_urgency_names_the_field():
        status, err = post(headers("edustaff"), "/api/v1/helpdesk/tickets",
                           {"title": "x", "urgency": "yesterday"})
        assert status == 400 and "urgency" in err["error"]["fields"], (status, err)

    def an_email_opens_a_ticket_once_and_an_unknown_sender_is_422():
        p = ctx.pao(ctx.env, "token", "create", "--name", "http-desk-mail", "--scope",
                    "helpdesk.intake")
        assert p.returncode == 0, p.stderr
        auth = {"Authorization": "Bearer " + p.stdout.strip(), "Content-Type": "message/rfc822"}

        def mail(sender, mid):
            return (f"From: {sender}\r\nSubject: Wi-Fi hangs\r\nMessage-ID: <{mid}>\r\n"
                    "Content-Type: text/plain\r\n\r\nsince this morning\r\n").encode()

        raw = mail("Edu Staff <EDUSTAFF@example.go.th>", "http-1@example.go.th")
        resp, data = ctx.request(ctx.port, "POST", "/api/v1/helpdesk/mail", auth, raw)
        assert resp.status == 201, (resp.status, data)
        t = json.loads(data)
        resp, data = ctx.request(ctx.port, "GET", f"/api/v1/helpdesk/tickets/{t['id']}",
                                 {"Cookie": headers("edustaff")["Cookie"]})
        assert resp.status == 200 and b"since this morning" in data, resp.status
        resp, _ = ctx.request(ctx.port, "POST", "/api/v1/helpdesk/mail", auth, raw)
        assert resp.status == 409, resp.status
        resp, data = ctx.request(ctx.port, "POST", "/api/v1/helpdesk/mail", auth,
                                 mail("who@elsewhere.test", "http-2@elsewhere.test"))
        assert resp.status == 422 and b'"from"' in data, (resp.status, data)
        resp, _ = ctx.request(ctx.port, "POST", "/api/v1/helpdesk/mail",
                              {"Content-Type": "message/rfc822"}, raw)
        assert resp.status == 401, resp.status

    for name, fn in [
        ("helpdesk: an e-mail opens a ticket once; an unknown sender is 422",
         an_email_opens_a_ticket_once_and_an_unknown_sender_is_422),
        ("helpdesk: report, IT notes, private notes never reach the requester",
         report_then_it_works_it_and_private_notes_stay_private),
        ("helpdesk: another division's ticket is 404", another_division_gets_404),
        ("helpdesk: a bad urgency is 400 naming the field", bad_urgency_names_the_field),
    ]:
        ctx.check(name, fn)
