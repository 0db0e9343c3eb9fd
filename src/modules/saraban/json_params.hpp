// What e-Saraban's JSON routes read the same way: ISO dates (C.E.), the register year, the
// from/to days of a register list and the keyset cursor "rank:number" its pages hand out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "platform/error/error.hpp"
#include "platform/http/json_input.hpp"
#include "platform/time/clock.hpp"
#include "platform/time/thai_date.hpp"

namespace pao::saraban {

// "2026-11-20" (C.E.); nullopt for anything else.
std::optional<Date> iso_date(const std::string& text);
// An optional ISO date in a JSON body; anything else is rejected naming the field.
std::optional<Date> date_field(http::JsonInput& in, const char* field);
// 400 naming the query parameter.
Error bad_query(const char* field, Message why);
// ?year= (C.E.; absent: this year in Bangkok). Sets `error` on a bad one.
std::optional<int> year_param(const http::Request& req, TimePoint now, Error& error);
// ?from= / ?to= as an ISO date; absent: nullopt. Sets `error` on a bad one.
std::optional<Date> day_param(const http::Request& req, const char* name, Error& error);
// A register list's cursor "rank:number" (urgency rank, register number); nullopt if malformed.
std::optional<std::pair<int, std::int64_t>> register_cursor(const std::string& after);

}  // namespace pao::saraban
