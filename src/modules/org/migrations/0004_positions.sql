-- Positions (ตำแหน่ง) staff hold. Common PAO positions to start with; the administrator edits
-- the list (admin pages) to match the PAO's establishment (กรอบอัตรากำลัง).
CREATE TABLE org_position (
  code TEXT PRIMARY KEY,
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

INSERT INTO org_position (code, name_th, name_en, sort_order) VALUES
  ('chief_executive', 'นายกองค์การบริหารส่วนจังหวัด', 'Chief Executive', 10),
  ('deputy_chief_executive', 'รองนายกองค์การบริหารส่วนจังหวัด', 'Deputy Chief Executive', 20),
  ('permanent_secretary', 'ปลัดองค์การบริหารส่วนจังหวัด', 'Chief Administrator', 30),
  ('deputy_permanent_secretary', 'รองปลัดองค์การบริหารส่วนจังหวัด', 'Deputy Chief Administrator', 40),
  ('division_director', 'ผู้อำนวยการกอง/สำนัก', 'Division Director', 50),
  ('section_head', 'หัวหน้าฝ่าย', 'Section Head', 60),
  ('policy_plan_analyst', 'นักวิเคราะห์นโยบายและแผน', 'Policy and Plan Analyst', 70),
  ('computer_technical_officer', 'นักวิชาการคอมพิวเตอร์', 'Computer Technical Officer', 80),
  ('computer_officer', 'เจ้าพนักงานเครื่องคอมพิวเตอร์', 'Computer Operator', 85),
  ('general_admin_officer', 'นักจัดการงานทั่วไป', 'General Administration Officer', 90),
  ('admin_officer', 'เจ้าพนักงานธุรการ', 'Administrative Officer', 100),
  ('finance_officer', 'นักวิชาการเงินและบัญชี', 'Finance and Accounting Officer', 110),
  ('supply_officer', 'นักวิชาการพัสดุ', 'Procurement Officer', 120),
  ('engineer', 'วิศวกรโยธา', 'Civil Engineer', 130),
  ('contract_employee', 'พนักงานจ้าง', 'Contract Employee', 200);
