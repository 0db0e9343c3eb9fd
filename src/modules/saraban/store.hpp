// All SQL of the saraban module (tables saraban_*). Private to the module: the use cases add the
// transaction, the audit entry and the rules around these reads and writes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "modules/saraban/job.hpp"
#include "modules/saraban/letter.hpp"
#include "modules/saraban/mail_intake.hpp"
#include "modules/saraban/numbering.hpp"
#include "modules/saraban/retention.hpp"
#include "platform/db/database.hpp"

namespace pao::saraban::store {

// A job from a row whose first columns are j.id, title, secrecy, urgency, due_date, status,
// created_at (the order every job query here selects).
Job job_from(const db::Row& r);

std::string setting(db::Connection& conn, const std::string& key);

// ---- registers and numbers ----------------------------------------------------------------------
std::vector<Register> list_registers(db::Connection& conn);
std::optional<Register> find_register(db::Connection& conn, const std::string& code);
void insert_register_if_missing(db::Connection& conn, const Register& r);
// Raises the register's counter for `year` (creating it at 1) and returns the new value. Takes
// the counter row's lock until the transaction ends.
std::int64_t raise_counter(db::Connection& conn, const std::string& register_code, int year);
void insert_number(db::Connection& conn, const RegisterNumber& n);
std::optional<RegisterNumber> lock_number(db::Connection& conn, const std::string& register_code,
                                          int year, std::int64_t number);
void set_number_status(db::Connection& conn, const RegisterNumber& n, NumberStatus status,
                       std::optional<std::int64_t> letter_id, const std::string& note,
                       const std::string& changed_at);
std::vector<RegisterNumber> list_numbers(db::Connection& conn, const std::string& register_code,
                                         int year);
// Numbers still reserved from years before `year`, in order.
std::vector<RegisterNumber> reserved_before(db::Connection& conn, int year);

// ---- letters ------------------------------------------------------------------------------------
std::int64_t insert_letter(db::Connection& conn, const Letter& l);
// The letter, with viewer_named set for `viewer_id`.
std::optional<Letter> find_letter(db::Connection& conn, std::int64_t id, std::int64_t viewer_id);
// The letters of `ids` that exist, in one query (a register page's lines), in id order, with
// viewer_named set for `viewer_id`.
std::vector<Letter> find_letters(db::Connection& conn, const std::vector<std::int64_t>& ids,
                                 std::int64_t viewer_id);
std::vector<Letter> letters_of_job(db::Connection& conn, std::int64_t job_id,
                                   std::int64_t viewer_id);

struct LetterFilter {
  std::string register_code;
  int year = 0;
  std::optional<std::string> from_day;  // inclusive ISO date (registered_on)
  std::optional<std::string> to_day;    // inclusive
  int limit = 50;
  int offset = 0;
  // Keyset paging (the API): only letters after this (urgency rank, number) in list order.
  std::optional<std::pair<int, std::int64_t>> after;
};
// The letters of a register, most urgent first, then newest number first.
std::vector<Letter> list_letters(db::Connection& conn, const LetterFilter& f,
                                 std::int64_t viewer_id);
std::int64_t count_letters(db::Connection& conn, const LetterFilter& f);

// One line of a register as the regulation's form prints it: every number in order, with its
// letter when one used it, and the latest forward or route of the letter's job ("การปฏิบัติ").
struct RegisterRow {
  RegisterNumber number;
  std::optional<Letter> letter;
  std::string action_kind;  // "forward", "route" or ""
  std::string action_to;
};
std::vector<RegisterRow> register_rows(db::Connection& conn, const std::string& register_code,
                                       int year, const std::optional<std::string>& from_day,
                                       const std::optional<std::string>& to_day,
                                       std::int64_t viewer_id, int limit);

// ---- retention ----
// Letters of registers' years + retention <= year_ended, kept not forever, not destroyed and on
// no list yet, in register order.
std::vector<DestructionItem> letters_due_for_destruction(db::Connection& conn, int year_ended);
std::int64_t insert_destruction_list(db::Connection& conn, const DestructionList& l);
void insert_destruction_item(db::Connection& conn, std::int64_t list_id, const DestructionItem& i);
std::optional<DestructionList> find_destruction_list(db::Connection& conn, std::int64_t id);
std::optional<std::int64_t> find_destruction_list_by_year(db::Connection& conn, int year_ended);
std::vector<DestructionList> list_destruction_lists(db::Connection& conn);  // without items
// Sets the list approved unless it already is; false when it was.
bool approve_destruction_list(db::Connection& conn, std::int64_t id, const std::string& committee,
                              const std::string& archives_reference, const std::string& at,
                              const std::string& by);
void mark_letter_destroyed(db::Connection& conn, std::int64_t letter_id, const std::string& at);

// ---- e-mail intake ----
std::optional<std::int64_t> mail_id_by_message_id(db::Connection& conn,
                                                  const std::string& message_id);
std::int64_t insert_mail(db::Connection& conn, const MailDraft& d);
std::vector<MailDraft> list_mail(db::Connection& conn, int limit);  // drafts first, newest first
std::optional<MailDraft> find_mail(db::Connection& conn, std::int64_t id);
// draft → registered; false when it was not a draft.
bool claim_mail(db::Connection& conn, std::int64_t id);
void set_mail_letter(db::Connection& conn, std::int64_t id, std::int64_t letter_id);

// ---- search ----
std::vector<std::int64_t> all_letter_ids(db::Connection& conn);
std::vector<std::string> file_texts(db::Connection& conn, std::int64_t letter_id);
void insert_file_text(db::Connection& conn, std::int64_t file_id, std::int64_t letter_id,
                      const std::string& text, const std::string& at);

// ---- jobs ---------------------------------------------------------------------------------------
std::int64_t insert_job(db::Connection& conn, const Job& j);
std::optional<Job> find_job(db::Connection& conn, std::int64_t id);
void set_job_status(db::Connection& conn, std::int64_t id, const std::string& status);
void add_member(db::Connection& conn, std::int64_t job_id, std::int64_t user_id,
                const std::string& at);
std::vector<std::int64_t> member_ids(db::Connection& conn, std::int64_t job_id);
bool is_member(db::Connection& conn, std::int64_t job_id, std::int64_t user_id);
std::int64_t insert_action(db::Connection& conn, const JobAction& a);
std::vector<JobAction> actions_of(db::Connection& conn, std::int64_t job_id);

struct InboxItem {
  Job job;
  std::string last_action_at;
};
struct OverdueJob {
  Job job;
  std::string division_code;  // where it was last forwarded ("" when never)
  std::string division_name;
  bool viewer_named = false;
};
// Open jobs whose reply was due before `today` (ISO date), the longest overdue first.
std::vector<OverdueJob> overdue_jobs(db::Connection& conn, const std::string& today,
                                     std::int64_t viewer_id, int limit);

// Open jobs `user_id` is named on, overdue first, then most urgent, then newest.
std::vector<InboxItem> inbox_of(db::Connection& conn, std::int64_t user_id, int limit);

}  // namespace pao::saraban::store
