// Tests of the align stage (filled in with the stage).
#include <catch2/catch.hpp>
