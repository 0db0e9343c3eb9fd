"""e-Saraban over real HTTP: the acceptance interface (POST/GET /api/v1/saraban/incoming), the
yearly numbering, secrecy in the register for people not named on a letter, and reservation."""
import json


def run(ctx):
    password = ctx.demo_password()
    state = {}

    def body(resp, data, status):
        assert resp.status == status, f"{resp.status}: {data[:300]}"
        return json.loads(data)

    def letter(subject, secrecy="none", urgency="normal"):
        return json.dumps({"reference": "มท 0808.2/ว 1234", "dated": "2026-11-20",
                           "from": "กรมส่งเสริมการปกครองท้องถิ่น",
                           "to": "นายกองค์การบริหารส่วนจังหวัดลำพูน", "subject": subject,
                           "urgency": urgency, "secrecy": secrecy}).encode()

    def clerk_registers_incoming_letters_numbered_in_order():
        clerk = ctx.sign_in(ctx.port, "clerk", password)
        state["clerk"] = clerk
        first = body(*ctx.request(ctx.port, "POST", "/api/v1/saraban/incoming", clerk,
                                  letter("ขอเชิญประชุม")), 201)
        second = body(*ctx.request(ctx.port, "POST", "/api/v1/saraban/incoming", clerk,
                                   letter("การสอบสวนข้อเท็จจริง", "secret", "most_urgent")), 201)
        assert second["register_no"] == first["register_no"] + 1, (first, second)
        assert isinstance(second["id"], int) and isinstance(second["year"], int)
        state["year"], state["secret_no"] = second["year"], second["register_no"]

    def others_see_a_secret_letters_number_but_not_its_subject():
        staff = ctx.sign_in(ctx.port, "edustaff", password)
        items = body(*ctx.request(ctx.port, "GET", f"/api/v1/saraban/incoming?year={state['year']}",
                                  staff), 200)["items"]
        secret = [i for i in items if i["register_no"] == state["secret_no"]]
        assert secret and "subject" not in secret[0], secret
        assert items[0]["register_no"] == state["secret_no"], "most urgent first"
        mine = body(*ctx.request(ctx.port, "GET", f"/api/v1/saraban/incoming?year={state['year']}",
                                 state["clerk"]), 200)["items"]
        assert any(i.get("subject") == "การสอบสวนข้อเท็จจริง" for i in mine)
        resp, data = ctx.request(ctx.port, "GET", "/saraban/incoming", staff)
        assert resp.status == 200 and "การสอบสวนข้อเท็จจริง".encode() not in data

    def bad_input_names_the_field():
        resp, data = ctx.request(ctx.port, "POST", "/api/v1/saraban/incoming", state["clerk"],
                                 json.dumps({"reference": "x", "dated": "2026-02-30"}).encode())
        fields = body(resp, data, 400)["error"]["fields"]
        assert {"dated", "from", "to", "subject"} <= set(fields), fields

    def a_cancelled_reservation_is_never_reused():
        clerk = state["clerk"]
        r = body(*ctx.request(ctx.port, "POST", "/api/v1/saraban/numbers", clerk,
                              json.dumps({"register": "outgoing", "note": "ร่าง"}).encode()), 201)
        assert r["reference"].endswith("/" + str(r["number"])), r
        body(*ctx.request(ctx.port, "POST", "/api/v1/saraban/numbers/cancel", clerk,
                          json.dumps({"register": "outgoing", "year": r["year"],
                                      "number": r["number"], "reason": "ไม่ใช้"}).encode()), 200)
        n = body(*ctx.request(ctx.port, "POST", "/api/v1/saraban/numbers", clerk,
                              json.dumps({"register": "outgoing"}).encode()), 201)
        assert n["number"] == r["number"] + 1, (r, n)

    for name, fn in [("saraban: clerk registers incoming letters numbered in order",
                      clerk_registers_incoming_letters_numbered_in_order),
                     ("saraban: others see a secret letter's number but not its subject",
                      others_see_a_secret_letters_number_but_not_its_subject),
                     ("saraban: bad input names the field", bad_input_names_the_field),
                     ("saraban: a cancelled reservation is never reused",
                      a_cancelled_reservation_is_never_reused)]:
        ctx.check(name, fn)
