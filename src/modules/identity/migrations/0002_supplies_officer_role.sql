-- The supplies officer (เจ้าหน้าที่พัสดุ, กองพัสดุและทรัพย์สิน): works procurement contracts and their
-- warranties (inventory) without the IT staff's asset and agent rights. A built-in role so the
-- modules can name it among their permissions' default roles; grant it scoped to the supplies
-- division (RoleGrant {"supplies_officer", "supplies"}).
INSERT INTO identity_role (key, name_th, name_en, builtin, sort_order) VALUES
  ('supplies_officer', 'เจ้าหน้าที่พัสดุ', 'Supplies officer', 1, 8);
