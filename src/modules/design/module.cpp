// /_components: the design system's example page. Every component comes from
// platform/html/components.hpp; this file only supplies made-up example data and the two example
// forms. Nothing here reads or writes the database.
#include "modules/design/module.hpp"

#include "platform/html/ctemplate.hpp"
#include "platform/http/multipart.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "platform/html/components.hpp"
#include "platform/html/renderer.hpp"
#include "platform/http/json_input.hpp"
#include "platform/i18n/catalog.hpp"
#include "platform/registry/registry.hpp"

namespace pao::design {

namespace {

using Dict = ctemplate::TemplateDictionary;
using html::FieldKind;
using html::Tone;

constexpr int kProjectsPerPage = 8;
constexpr std::size_t kMaxDetails = 500;
constexpr std::size_t kFormBodyLimit = 4 << 20;  // a friendly error for files up to this size

struct Text {
  const char* th;
  const char* en;
  const char* in(std::string_view lang) const { return lang == "en" ? en : th; }
};

const std::string& text(const http::Context& ctx, std::string_view key) {
  return ctx.html().text(ctx.lang, key);
}

// ---- example data ------------------------------------------------------------------------------

struct Status {
  const char* key;  // design.status.<key>
  Tone tone;
  int order;  // for sorting by status
};

constexpr Status kDraft{"draft", Tone::neutral, 1};
constexpr Status kApproved{"approved", Tone::success, 2};
constexpr Status kInProgress{"in_progress", Tone::info, 3};
constexpr Status kDelayed{"delayed", Tone::warning, 4};
constexpr Status kRejected{"rejected", Tone::danger, 5};

struct Project {
  Text name;
  Text division;
  long budget;
  Status status;
  int progress;
};

const Text kEngineering{"กองช่าง", "Engineering"};
const Text kEducation{"กองการศึกษาฯ", "Education"};
const Text kHealth{"กองสาธารณสุข", "Public Health"};
const Text kStrategy{"กองยุทธศาสตร์ฯ", "Strategy and Budget"};
const Text kOffice{"สำนักปลัดฯ", "Chief Administrator's Office"};
const Text kFinance{"กองคลัง", "Finance"};

const std::array<Project, 23> kProjects{{
    {{"ก่อสร้างถนนลาดยางสายบ้านหนองหล่ม–บ้านแม่ตืน", "Paving the Nong Lom–Mae Tuen road"},
     kEngineering,
     4'850'000,
     kInProgress,
     62},
    {{"ติดตั้งไฟส่องสว่างพลังงานแสงอาทิตย์ ถนน ลพ.1030", "Solar street lights on road LP.1030"},
     kEngineering,
     1'240'000,
     kApproved,
     5},
    {{"ซ่อมแซมสะพานข้ามน้ำแม่กวง บ้านป่าซาง", "Repairing the Mae Kuang bridge at Pa Sang"},
     kEngineering,
     2'980'000,
     kDelayed,
     35},
    {{"ขุดลอกหนองน้ำสาธารณะบ้านทาขุมเงิน", "Dredging the Tha Khum Ngoen public pond"},
     kEngineering,
     760'000,
     kApproved,
     10},
    {{"จัดซื้อคอมพิวเตอร์ให้โรงเรียนในสังกัด", "Computers for the PAO's schools"},
     kEducation,
     3'450'000,
     kInProgress,
     48},
    {{"ค่ายภาษาอังกฤษสำหรับนักเรียนมัธยม", "English camp for secondary pupils"},
     kEducation,
     385'000,
     kDraft,
     0},
    {{"ปรับปรุงห้องสมุดโรงเรียนบ้านธิ", "Renovating the Ban Thi school library"},
     kEducation,
     1'120'000,
     kInProgress,
     74},
    {{"อาหารกลางวันนักเรียนโรงเรียนในสังกัด", "School lunches"}, kEducation, 5'600'000, kApproved, 50},
    {{"รณรงค์ป้องกันโรคไข้เลือดออก", "Dengue prevention campaign"}, kHealth, 420'000, kInProgress, 80},
    {{"จัดซื้อรถพยาบาลฉุกเฉินให้ รพ.สต.", "An ambulance for the health centres"},
     kHealth,
     2'400'000,
     kDelayed,
     20},
    {{"คัดกรองเบาหวานและความดันโลหิตผู้สูงอายุ", "Diabetes and blood pressure screening"},
     kHealth,
     310'000,
     kApproved,
     15},
    {{"รับถ่ายโอน รพ.สต. ระยะที่ 2", "Taking over health centres, phase 2"},
     kHealth,
     8'900'000,
     kInProgress,
     40},
    {{"ส่งเสริมการท่องเที่ยวงานเทศกาลลำไย", "Promoting the longan festival"},
     kStrategy,
     1'800'000,
     kApproved,
     90},
    {{"ตลาดผ้าไหมยกดอกลำพูน", "Lamphun brocade silk market"}, kStrategy, 650'000, kDraft, 0},
    {{"เส้นทางปั่นจักรยานรอบเมืองเก่า", "Cycle route round the old town"},
     kStrategy,
     2'150'000,
     kRejected,
     0},
    {{"ปลูกป่าต้นน้ำดอยขะม้อ", "Reforesting the Doi Khamo watershed"},
     kOffice,
     540'000,
     kInProgress,
     55},
    {{"คัดแยกขยะชุมชนตั้งแต่ต้นทาง", "Sorting household waste at source"},
     kOffice,
     880'000,
     kDelayed,
     25},
    {{"ระบบสารบรรณอิเล็กทรอนิกส์", "Electronic correspondence system"},
     kOffice,
     1'650'000,
     kInProgress,
     70},
    {{"อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "Civil defence volunteer training"},
     kOffice,
     460'000,
     kApproved,
     30},
    {{"จัดซื้อเครื่องสูบน้ำช่วยภัยแล้ง", "Pumps for drought relief"}, kOffice, 990'000, kDraft, 0},
    {{"ปรับปรุงระบบบัญชีคอมพิวเตอร์", "Updating the accounting system"},
     kFinance,
     720'000,
     kInProgress,
     85},
    {{"จัดเก็บภาษีบำรุง อบจ. จากสถานีบริการน้ำมัน", "Collecting the PAO fuel station tax"},
     kFinance,
     150'000,
     kApproved,
     60},
    {{"สำรวจและจัดทำแผนที่ภาษี", "Tax mapping survey"}, kFinance, 1'300'000, kRejected, 0},
}};

// ---- the example form
// ----------------------------------------------------------------------------

struct DemoForm {
  std::string name, division, details, channel, received_on, confirm;
};

// The fields top to bottom, with the keys of their labels: the error summary's order and words.
const std::vector<std::pair<std::string, std::string>> kDemoLabels = {
    {"name", "design.form.name"},
    {"division", "design.form.division"},
    {"details", "design.form.details"},
    {"channel", "design.form.channel"},
    {"received_on", "design.form.received_on"},
    {"attachment", "design.form.attachment"},
    {"confirm", "design.form.confirm"}};

const std::array<std::pair<const char*, Text>, 6> kDivisionChoices{{
    {"engineering", kEngineering},
    {"education", kEducation},
    {"health", kHealth},
    {"strategy", kStrategy},
    {"office", kOffice},
    {"finance", kFinance},
}};

const std::array<const char*, 3> kChannels{"phone", "email", "letter"};

html::UploadRule upload_rule() {
  return {{html::FileType::pdf, html::FileType::jpeg, html::FileType::png}, 1 << 20};
}

Message message_of(const http::Context& ctx, std::string_view key) {
  const auto* m = ctx.html().catalog().find(key);
  return m ? *m : Message{std::string(key), std::string(key)};
}

DemoForm read_demo_form(const http::Request& req) {
  DemoForm f;
  for (const auto& [k, v] : req.form()) {
    if (k == "name") f.name = v;
    if (k == "division") f.division = v;
    if (k == "details") f.details = v;
    if (k == "channel") f.channel = v;
    if (k == "received_on") f.received_on = v;
    if (k == "confirm") f.confirm = v;
  }
  return f;
}

std::optional<Error> check_demo_form(const http::Context& ctx, const DemoForm& f) {
  FieldErrors errors;
  if (http::trim(f.name).empty()) errors.add("name", message_of(ctx, "design.form.required"));
  const bool known_division = std::any_of(kDivisionChoices.begin(), kDivisionChoices.end(),
                                          [&](const auto& c) { return f.division == c.first; });
  if (!known_division) errors.add("division", message_of(ctx, "design.form.choose_one"));
  if (http::utf8_length(f.details) > kMaxDetails) {
    errors.add("details", message_of(ctx, "design.form.too_long"));
  }
  if (std::find(kChannels.begin(), kChannels.end(), f.channel) == kChannels.end()) {
    errors.add("channel", message_of(ctx, "design.form.choose_one"));
  }
  const auto date = html::read_date_field(f.received_on);
  if (!date.ok()) {
    errors.add("received_on", date.error().message);
  } else if (!*date) {
    errors.add("received_on", message_of(ctx, "design.form.required"));
  }
  for (const auto& file : ctx.request.files()) {
    if (file.field_name != "attachment") continue;
    if (const auto why = html::check_upload(file, upload_rule())) errors.add("attachment", *why);
  }
  if (f.confirm.empty()) errors.add("confirm", message_of(ctx, "design.form.must_confirm"));
  if (errors.empty()) return std::nullopt;
  Error e = errors.to_error();
  e.message = message_of(ctx, "design.form.problem");
  return e;
}

std::string demo_fields(const http::Context& ctx, const DemoForm& f, const Error* error) {
  auto err = [&](const char* field) { return html::field_error(ctx, error, field); };
  std::string out;

  html::Field name{FieldKind::text, "name", text(ctx, "design.form.name")};
  name.hint = text(ctx, "design.form.name_hint");
  name.error = err("name");
  name.value = f.name;
  name.autocomplete = "name";
  out += html::field(ctx, name);

  html::Field division{FieldKind::select, "division", text(ctx, "design.form.division")};
  division.error = err("division");
  division.value = f.division;
  division.choices.push_back({"", text(ctx, "design.form.choose")});
  for (const auto& [code, label] : kDivisionChoices) {
    division.choices.push_back({code, label.in(ctx.lang)});
  }
  out += html::field(ctx, division);

  html::Field details{FieldKind::textarea, "details", text(ctx, "design.form.details")};
  details.hint = text(ctx, "design.form.details_hint");
  details.error = err("details");
  details.value = f.details;
  details.rows = 4;
  out += html::field(ctx, details);

  html::Field channel{FieldKind::radios, "channel", text(ctx, "design.form.channel")};
  channel.hint = text(ctx, "design.form.channel_hint");
  channel.error = err("channel");
  channel.value = f.channel;
  channel.choices = {
      {"phone", text(ctx, "design.form.by_phone"), text(ctx, "design.form.by_phone_hint")},
      {"email", text(ctx, "design.form.by_email"), {}},
      {"letter", text(ctx, "design.form.by_letter"), {}}};
  out += html::field(ctx, channel);

  html::Field received{FieldKind::date, "received_on", text(ctx, "design.form.received_on")};
  received.error = err("received_on");
  received.value = f.received_on;
  out += html::field(ctx, received);

  html::Field attachment{FieldKind::file, "attachment", text(ctx, "design.form.attachment")};
  attachment.hint = html::upload_hint(ctx, upload_rule());
  if (error) attachment.hint += " " + text(ctx, "design.form.attachment_again");
  attachment.error = err("attachment");
  attachment.accept = upload_rule().accept();
  out += html::field(ctx, attachment);

  html::Field confirm{FieldKind::checkbox, "confirm", text(ctx, "design.form.confirm")};
  confirm.hint = text(ctx, "design.form.confirm_hint");
  confirm.error = err("confirm");
  confirm.value = f.confirm;
  confirm.checkbox_value = "yes";
  out += html::field(ctx, confirm);
  return out;
}

// ---- the other examples ------------------------------------------------------------------------

// The error summary and a field in error, as after a failed post, but not live.
void show_summary_example(const http::Context& ctx, Dict& dict) {
  Error example{ErrorCode::invalid_argument, message_of(ctx, "design.summary.message"), {}, {}};
  example.field("example_phone", message_of(ctx, "design.summary.phone_error"));
  dict.SetValue(
      "EXAMPLE_SUMMARY",
      ctx.html().error_summary(
          ctx, example, [&](const std::string&) { return text(ctx, "design.summary.phone"); }, {},
          false));
  html::Field phone{FieldKind::text, "example_phone", text(ctx, "design.summary.phone")};
  phone.error = html::field_error(ctx, &example, "example_phone");
  phone.value = "053 511";
  phone.input_mode = "tel";
  phone.autocomplete = "off";
  phone.wide = false;
  dict.SetValue("EXAMPLE_FIELD", html::field(ctx, phone));
}

// The GET form that reads a B.E. date: ?try_date=25/11/2569.
void show_date_example(const http::Context& ctx, Dict& dict) {
  html::Field f{FieldKind::date, "try_date", text(ctx, "design.date.field")};
  f.value = ctx.request.query_param("try_date").value_or("");
  const auto read = html::read_date_field(f.value);
  if (!read.ok()) {
    f.error = read.error().message.in(ctx.lang);
  } else if (*read) {
    auto* d = dict.AddSectionDictionary("DATE_READ");
    d->SetValue("SHOWN", ctx.lang == "en" ? format_english_date(**read) : format_thai_date(**read));
    d->SetValue("ISO", to_iso_date(**read));
  }
  dict.SetValue("DATE_FIELD", html::field(ctx, f));
}

void show_table_example(const http::Context& ctx, Dict& dict) {
  html::SortableTable table(ctx.request,
                            {{"name", text(ctx, "design.col.project")},
                             {"division", text(ctx, "design.col.division")},
                             {"budget", text(ctx, "design.col.budget"), true},
                             {"status", text(ctx, "design.col.status")},
                             {"progress", text(ctx, "design.col.progress"), true}},
                            {"name", false}, "table");
  // A module sorts in SQL (ORDER BY one of its own column names); the example sorts in memory.
  std::vector<const Project*> rows;
  rows.reserve(kProjects.size());
  for (const auto& p : kProjects) rows.push_back(&p);
  const html::Sort& sort = table.sort();
  const std::string& lang = ctx.lang;
  auto key_less = [&](const Project* a, const Project* b) {
    if (sort.column == "division") {
      return std::string_view(a->division.in(lang)) < std::string_view(b->division.in(lang));
    }
    if (sort.column == "budget") return a->budget < b->budget;
    if (sort.column == "status") return a->status.order < b->status.order;
    if (sort.column == "progress") return a->progress < b->progress;
    return std::string_view(a->name.in(lang)) < std::string_view(b->name.in(lang));
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const Project* a, const Project* b) {
    return sort.descending ? key_less(b, a) : key_less(a, b);
  });
  dict.SetValue("TABLE_HEAD", table.head());

  const html::PageWindow window =
      html::read_page(ctx.request, kProjectsPerPage, static_cast<int>(rows.size()));
  for (int i = window.offset(); i < window.last_row(); ++i) {
    const Project& p = *rows[static_cast<std::size_t>(i)];
    auto* row = dict.AddSectionDictionary("PROJECT");
    row->SetValue("NAME", p.name.in(lang));
    row->SetValue("DIVISION", p.division.in(lang));
    row->SetValue("BUDGET", html::format_number(static_cast<double>(p.budget)));
    row->SetValue(
        "STATUS",
        html::status_tag(text(ctx, std::string("design.status.") + p.status.key), p.status.tone));
    row->SetValue(
        "PROGRESS",
        html::progress_bar(text(ctx, "design.col.progress") + " " + p.name.in(lang), p.progress));
  }
  dict.SetValue("PAGER", html::pager(ctx, window, "table"));
}

void show_tags_example(const http::Context& ctx, Dict& dict) {
  for (const Status& s : {kDraft, kApproved, kDelayed, kRejected, kInProgress}) {
    auto* t = dict.AddSectionDictionary("TAG");
    t->SetValue("HTML", html::status_tag(text(ctx, std::string("design.status.") + s.key), s.tone));
    t->SetValue("TONE", html::tone_name(s.tone));
  }
}

void show_charts_example(const http::Context& ctx, Dict& dict) {
  html::BarChart budget;
  budget.id = "budget-chart";
  budget.title = text(ctx, "design.charts.budget");
  budget.label_heading = text(ctx, "design.charts.strategy");
  budget.value_heading = text(ctx, "design.charts.million_baht");
  budget.decimals = 1;
  const std::array<std::pair<const char*, double>, 6> strategies{{{"design.s1", 412.5},
                                                                  {"design.s2", 186.2},
                                                                  {"design.s3", 98.7},
                                                                  {"design.s4", 64.3},
                                                                  {"design.s5", 41.0},
                                                                  {"design.s6", 27.8}}};
  for (const auto& [key, value] : strategies) budget.bars.push_back({text(ctx, key), value});
  dict.SetValue("BAR_CHART", html::bar_chart(ctx, budget));

  html::LineChart spending;
  spending.id = "spending-chart";
  spending.title = text(ctx, "design.charts.disbursement");
  spending.label_heading = text(ctx, "design.charts.month");
  spending.unit = "%";
  spending.max = 100;
  // The fiscal year runs from October to September.
  static const std::array<Text, 12> kMonths{{{"ต.ค.", "Oct"},
                                             {"พ.ย.", "Nov"},
                                             {"ธ.ค.", "Dec"},
                                             {"ม.ค.", "Jan"},
                                             {"ก.พ.", "Feb"},
                                             {"มี.ค.", "Mar"},
                                             {"เม.ย.", "Apr"},
                                             {"พ.ค.", "May"},
                                             {"มิ.ย.", "Jun"},
                                             {"ก.ค.", "Jul"},
                                             {"ส.ค.", "Aug"},
                                             {"ก.ย.", "Sep"}}};
  for (const auto& m : kMonths) spending.labels.emplace_back(m.in(ctx.lang));
  html::LineSeries plan{text(ctx, "design.charts.plan"), {}};
  for (const double v : {5, 12, 20, 28, 36, 45, 54, 63, 72, 81, 90, 100})
    plan.values.emplace_back(v);
  html::LineSeries actual{text(ctx, "design.charts.actual"), {}};
  for (const double v : {3, 9, 16, 25, 31, 40, 49, 57}) actual.values.emplace_back(v);
  actual.values.resize(12);          // no figures yet for June to September
  spending.series = {actual, plan};  // the first series is drawn solid, the second dashed
  dict.SetValue("LINE_CHART", html::line_chart(ctx, spending));

  for (std::size_t i : {0u, 6u, 12u}) {
    const Project& p = kProjects[i];
    auto* row = dict.AddSectionDictionary("PROGRESS_ROW");
    row->SetValue("LABEL", p.name.in(ctx.lang));
    row->SetValue("BAR", html::progress_bar(p.name.in(ctx.lang), p.progress));
  }
}

http::Response render_page(http::Context& ctx, const DemoForm& form, const Error* error) {
  Dict dict("components");
  if (error) {
    std::vector<std::string> order;
    order.reserve(kDemoLabels.size());
    for (const auto& [field, key] : kDemoLabels) order.push_back(field);
    ctx.html().form_errors(
        ctx, *error, dict,
        [&](const std::string& field) -> std::string {
          for (const auto& [f, key] : kDemoLabels) {
            if (f == field) return text(ctx, key);
          }
          return field;
        },
        order);
  }
  dict.SetValue("FIELDS", demo_fields(ctx, form, error));
  show_summary_example(ctx, dict);
  show_date_example(ctx, dict);
  show_table_example(ctx, dict);
  show_tags_example(ctx, dict);
  dict.SetValue("FLASH_EXAMPLE", html::flash_notice(ctx, text(ctx, "design.flash.example")));
  dict.SetValue("EMPTY",
                html::empty_state(ctx, {text(ctx, "design.empty.example_title"),
                                        text(ctx, "design.empty.example_body"),
                                        text(ctx, "design.empty.example_action"), "#empty"}));
  show_charts_example(ctx, dict);

  html::PageInfo info;
  const std::string& title = text(ctx, "design.title");
  info.title = error ? text(ctx, "design.error_prefix") + ": " + title : title;
  info.crumbs = {{text(ctx, "ui.home"), "/"}, {title, ""}};
  return ctx.html().page(ctx, info, "design/components", dict,
                         error ? http_status_for(error->code) : 200);
}

Result<http::Response> components_page(http::Context& ctx) {
  return render_page(ctx, {}, nullptr);
}

Result<http::Response> post_components(http::Context& ctx) {
  std::string which;
  for (const auto& [k, v] : ctx.request.form()) {
    if (k == "form") which = v;
  }
  if (which == "flash") return html::redirect_with_flash("/_components", "design.flash.example");
  const DemoForm form = read_demo_form(ctx.request);
  if (const auto error = check_demo_form(ctx, form)) return render_page(ctx, form, &*error);
  return html::redirect_with_flash("/_components", "design.flash.sent");
}

}  // namespace

void register_design_module(Registry& registry) {
  registry.routes()
      .get("/_components")
      .allow_anonymous()
      .summary("The design system: every page component with example data")
      .handle(components_page);
  registry.routes()
      .post("/_components")
      .allow_anonymous()
      .body_limit(kFormBodyLimit)
      .summary("The example forms of /_components (checks them, stores nothing)")
      .handle(post_components);
}

}  // namespace pao::design
