// Benchmarks only: Thai text with real word frequencies for large generated corpora. The
// vocabulary is every word of Lamphun PAO's digital plan with how often the plan uses it
// (bench/data/plan_words.tsv, made by segmenting the plan), so documents look like the PAO's own —
// "การ" and "และ" everywhere, most words rare. Header-only: included by *_benchmark.cpp files,
// never by the product (PAO_SOURCE_DIR is defined for the benchmark target).
#pragma once

#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace pao::search::benchmark_words {

struct Vocabulary {
  std::vector<std::string> words;
  std::discrete_distribution<std::size_t> by_frequency;
};

inline const Vocabulary& vocabulary() {
  static const Vocabulary v = [] {
    Vocabulary out;
    std::ifstream in(std::string(PAO_SOURCE_DIR) + "/bench/data/plan_words.tsv");
    if (!in) throw std::runtime_error("bench/data/plan_words.tsv is missing");
    std::vector<double> weights;
    for (std::string line; std::getline(in, line);) {
      const auto tab = line.find('\t');
      if (tab == std::string::npos) continue;
      out.words.push_back(line.substr(0, tab));
      weights.push_back(std::stod(line.substr(tab + 1)));
    }
    out.by_frequency = std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
    return out;
  }();
  return v;
}

// `n` words drawn by frequency, about one in three followed by a space (Thai runs words together).
inline std::string words(std::mt19937_64& rng, int n) {
  auto dist = vocabulary().by_frequency;
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (!out.empty() && rng() % 3 == 0) out += ' ';
    out += vocabulary().words[dist(rng)];
  }
  return out;
}

}  // namespace pao::search::benchmark_words
