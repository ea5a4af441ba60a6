// SPDX-License-Identifier: EUPL-1.2
// The doctest runner: every tests/*_test.cpp registers its cases here.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
