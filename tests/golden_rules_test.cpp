// Tests of the golden_rules stage (filled in with the stage).
#include <catch2/catch.hpp>
