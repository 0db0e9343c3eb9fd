-- Lamphun PAO, from its Digital Action Plan B.E. 2566–2570 (sections 3.3 and 5). Another PAO
-- edits these rows (admin pages) after installing.
INSERT INTO org_profile (id, name_th, name_en, short_name_th, short_name_en, province_th,
  vision_th, digital_vision_th, digital_vision_en, digital_plan_th, updated_at)
VALUES (1, 'องค์การบริหารส่วนจังหวัดลำพูน', 'Lamphun Provincial Administrative Organization',
  'อบจ.ลำพูน', 'Lamphun PAO', 'ลำพูน',
  'สืบศิลป์แห่งล้านนา พัฒนา บนฐานพอเพียง',
  'องค์กรดิจิทัลแห่งการบริหารจัดการและบริการประชาชน',
  'A digital organization for administration and public service',
  'แผนปฏิบัติการดิจิทัล องค์การบริหารส่วนจังหวัดลำพูน พ.ศ. 2566–2570',
  '2026-11-25T00:00:00Z');

INSERT INTO org_digital_mission (seq, text_th) VALUES
  (1, 'พัฒนาโครงสร้างพื้นฐานด้านเทคโนโลยีดิจิทัลให้เพียงพอและมีประสิทธิภาพ'),
  (2, 'พัฒนาการบริหารงาน การจัดการ และการบริการประชาชน โดยนำเทคโนโลยีสารสนเทศและการสื่อสารเข้ามาทดแทนหรือปรับปรุงระบบงานปัจจุบันให้มีประสิทธิภาพมากยิ่งขึ้น'),
  (3, 'บูรณาการระบบงานและฐานข้อมูลเพื่อคุณภาพข้อมูลหลัก พัฒนาจังหวัดลำพูนสู่เมืองนวัตกรรม ยกระดับคุณภาพชีวิต'),
  (4, 'พัฒนาศักยภาพและทักษะบุคลากรสู่ยุคเทคโนโลยีดิจิทัล');
