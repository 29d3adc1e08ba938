// Tests of the cli stage (filled in with the stage).
#include <catch2/catch.hpp>
