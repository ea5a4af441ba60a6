// SPDX-License-Identifier: EUPL-1.2
// Measures how many timelines per second the tijdpad parser reads.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "tijdpad.hpp"

namespace {

// The pilot's tijdpads and the kinds of text consultants write around them.
constexpr std::string_view kTexts[] = {
    "Start eind mei 2019, afronding februari 2021",
    "Start februari 2020, afronding februari 2021",
    "Start en afronding juli en augustus 2019",
    "Start eind mei 2019, afronding uiterlijk februari 2021",
    "Februari 2020 t/m juni 2020. In februari naar de ambassade. In maart "
    "een correct document opvragen bij de universiteit. In april de "
    "aanvraag tot waardering indienen bij het IND. De verwachting is dan "
    "dat het diploma in mei of juni gewaardeerd is.",
    "Gesprek februari 2020. Start maart/april 2020, in eerste instantie "
    "voor een halfjaar tot maximaal een jaar. Indien het goed gaat, zal er "
    "nadien worden gekeken naar een sportschool waar XX lessen kan gaan "
    "verzorgen en kan doorstromen naar een aantal uren betaald werk.",
    "Wekelijkse cursus van 10-12 uur. Start woensdag 12-02-20 tot "
    "uiterlijk 01-06-20",
    "In juni 2020 is het diploma gewaardeerd. De periode juni tot november "
    "2020 kan worden gebruikt voor gesprekken en oriëntatie. In november "
    "2020 is helder welk doel mevrouw heeft t.a.v. werk en/of scholing.",
    "binnen 3 maanden",
    "per direct voor 6 maanden",
    "Q1 2021",
    "2 dagdelen per week, van maart t/m juni 2020",
    "doorlopend",
    "Vanaf 1 maart 2020 voor de duur van 6 maanden",
    "eerste helft van 2021",
    "12 feb. 2020 - 1 juni 2020",
};

}  // namespace

int main(int argc, char** argv) {
  const long rounds = argc > 1 ? std::atol(argv[1]) : 20000;
  const pipkit::Date reference{2020, 1, 15};
  long expressions = 0;
  long checksum = 0;
  // Processor time as well as wall time: on a shared machine the first
  // also counts the waiting.
  const std::clock_t cpu_begin = std::clock();
  const auto begin = std::chrono::steady_clock::now();
  for (long round = 0; round < rounds; ++round) {
    for (std::string_view text : kTexts) {
      const pipkit::Tijdpad tijdpad = pipkit::parse_tijdpad(text, reference);
      checksum += static_cast<long>(tijdpad.pieces.size());
      ++expressions;
    }
  }
  const std::chrono::duration<double> seconds =
      std::chrono::steady_clock::now() - begin;
  const double cpu_seconds =
      static_cast<double>(std::clock() - cpu_begin) / CLOCKS_PER_SEC;
  std::printf("%ld expressions in %.3f s: %.0f expressions per second\n",
              expressions, seconds.count(), expressions / seconds.count());
  std::printf(
      "processor time %.3f s: %.0f expressions per second "
      "(checksum %ld)\n",
      cpu_seconds, expressions / cpu_seconds, checksum);
  return 0;
}
