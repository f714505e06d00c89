# Every external dependency is found here, once. See README "Dependencies".
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Multimedia MultimediaWidgets Test
                                         LinguistTools Concurrent PrintSupport)
find_package(OpenSSL 3.0 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(SECP256K1 REQUIRED IMPORTED_TARGET libsecp256k1)
find_package(ZXing REQUIRED)
find_package(Qt6Keychain REQUIRED)

include(CheckIncludeFileCXX)
set(CMAKE_REQUIRED_INCLUDES ${SECP256K1_INCLUDE_DIRS})
check_include_file_cxx(secp256k1_recovery.h VD_HAVE_SECP256K1_RECOVERY)
unset(CMAKE_REQUIRED_INCLUDES)
if(NOT VD_HAVE_SECP256K1_RECOVERY)
    message(FATAL_ERROR "libsecp256k1 must be built with its recovery module (secp256k1_recovery.h not found)")
endif()
message(STATUS "ZXing ${ZXing_VERSION}, QtKeychain ${Qt6Keychain_VERSION}, secp256k1 ${SECP256K1_VERSION}, libpq ${LIBPQ_VERSION}")
