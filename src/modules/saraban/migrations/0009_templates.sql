-- Letter templates (แบบฟอร์มหนังสือ): a reply, a memo, a circular … written once by a clerk and
-- filled from a job's letter and the person drafting ({{เรื่องเดิม}}, {{ผู้ลงนาม}}, {{วันที่}} …).
-- kind: external | memo | order | announcement; register_code: the register its letter takes a
-- number of. A template is never deleted: archived ones stay, so the audit trail's ids resolve.
CREATE TABLE saraban_letter_template (
  id ${ID},
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  register_code TEXT NOT NULL REFERENCES saraban_register (code),
  subject TEXT NOT NULL DEFAULT '',
  to_text TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  closing TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

INSERT INTO saraban_letter_template
  (name, kind, register_code, subject, to_text, body, closing, updated_at, updated_by) VALUES
  ('หนังสือตอบ (ตอบหนังสือที่รับเข้ามา)', 'external', 'outgoing', '{{เรื่องเดิม}}', '{{จาก}}',
   'ตามหนังสือ {{จาก}} ที่ {{ที่เดิม}} ลงวันที่ {{ลงวันที่เดิม}} เรื่อง {{เรื่องเดิม}} ความละเอียดแจ้งแล้ว นั้น

องค์การบริหารส่วนจังหวัดลำพูนได้พิจารณาแล้ว ขอเรียนว่า (ผลการพิจารณา)',
   'จึงเรียนมาเพื่อโปรดทราบ', '2026-11-25T00:00:00Z', 'ค่าเริ่มต้นของระบบ'),
  ('บันทึกข้อความ เสนอ นายก อบจ. (รายงานเรื่องที่รับ)', 'memo', 'outgoing', 'รายงาน{{เรื่องเดิม}}',
   'นายกองค์การบริหารส่วนจังหวัดลำพูน',
   'ตามที่ {{จาก}} ได้มีหนังสือ ที่ {{ที่เดิม}} ลงวันที่ {{ลงวันที่เดิม}} เรื่อง {{เรื่องเดิม}} นั้น

ข้อเท็จจริง (สรุปสาระสำคัญของหนังสือ)

ข้อพิจารณา (ความเห็นของส่วนราชการ)',
   'จึงเรียนมาเพื่อโปรดทราบและพิจารณา', '2026-11-25T00:00:00Z', 'ค่าเริ่มต้นของระบบ'),
  ('บันทึกข้อความ ขออนุมัติ', 'memo', 'outgoing', 'ขออนุมัติ{{เรื่องเดิม}}',
   'นายกองค์การบริหารส่วนจังหวัดลำพูน',
   'ด้วย {{ตำแหน่ง}} มีความประสงค์ขออนุมัติดำเนินการเรื่อง {{เรื่องเดิม}} ตามหนังสือ ที่ {{ที่เดิม}} ลงวันที่ {{ลงวันที่เดิม}}

รายละเอียด (สิ่งที่ขออนุมัติ วงเงิน ระยะเวลา และระเบียบที่เกี่ยวข้อง)',
   'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ', '2026-11-25T00:00:00Z', 'ค่าเริ่มต้นของระบบ'),
  ('หนังสือเวียน แจ้งองค์กรปกครองส่วนท้องถิ่น', 'external', 'circular', '',
   'นายกเทศมนตรี และนายกองค์การบริหารส่วนตำบล ทุกแห่งในจังหวัดลำพูน',
   'ด้วยองค์การบริหารส่วนจังหวัดลำพูน (ระบุเรื่องที่แจ้ง) ณ วันที่ {{วันที่}}

ในการนี้ ขอให้ท่านแจ้งผู้เกี่ยวข้องทราบและถือปฏิบัติต่อไป',
   'จึงเรียนมาเพื่อโปรดทราบและแจ้งผู้เกี่ยวข้องทราบ', '2026-11-25T00:00:00Z', 'ค่าเริ่มต้นของระบบ');
