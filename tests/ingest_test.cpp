// Tests of the ingest stage (filled in with the stage).
#include <catch2/catch.hpp>
