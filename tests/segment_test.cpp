// Tests of the segment stage (filled in with the stage).
#include <catch2/catch.hpp>
