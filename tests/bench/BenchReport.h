#pragma once
// One machine-readable line per headline figure, collected by `./run bench` into one table:
//   BENCH<TAB>figure<TAB>value<TAB>unit<TAB>baseline<TAB>ratio<TAB>aim<TAB>PASS|FAIL|-
// `baseline` is measured in the same run ("-" when the figure has none); ratio = value / baseline. Any bench under
// tests/bench that prints such lines appears in the table.
#include <cstdio>
#include <optional>

namespace vd::bench {

inline void report(const char *figure, double value, const char *unit, std::optional<double> baseline,
                   const char *aim, std::optional<bool> pass)
{
    // Four significant digits, without exponents for large figures (events/s).
    const auto number = [](char *out, size_t size, double v) {
        std::snprintf(out, size, v >= 10000 || v <= -10000 ? "%.0f" : "%.4g", v);
    };
    char val[32], base[32] = "-", ratio[32] = "-";
    number(val, sizeof val, value);
    if (baseline) {
        number(base, sizeof base, *baseline);
        if (*baseline != 0)
            std::snprintf(ratio, sizeof ratio, "%.3g", value / *baseline);
    }
    std::printf("BENCH\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", figure, val, unit, base, ratio, aim && *aim ? aim : "-",
                pass ? (*pass ? "PASS" : "FAIL") : "-");
    std::fflush(stdout);
}

} // namespace vd::bench
