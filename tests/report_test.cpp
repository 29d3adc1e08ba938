// Tests of the report stage (filled in with the stage).
#include <catch2/catch.hpp>
