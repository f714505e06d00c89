# One interface target that every VoucherDesk target links: language standard, warnings, strict Qt macros.
add_library(vd_settings INTERFACE)
target_compile_features(vd_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_AUTORCC ON)

target_compile_definitions(vd_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    VD_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(vd_settings INTERFACE -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor
                                                 -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(vd_settings INTERFACE -Wshadow=local) # clang has no -Wshadow=local
    endif()
    if(VD_WERROR)
        target_compile_options(vd_settings INTERFACE -Werror)
    endif()
    if(VD_FUZZ) # `./run fuzz`: coverage for libFuzzer in every library the fuzz targets link (clang only)
        target_compile_options(vd_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                     -fno-omit-frame-pointer)
        target_link_options(vd_settings INTERFACE -fsanitize=address,undefined)
    endif()
    if(VD_SANITIZE)
        target_compile_options(vd_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                     -fno-sanitize-recover=undefined)
        target_link_options(vd_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(vd_settings INTERFACE /W4 /permissive- /utf-8)
    if(VD_WERROR)
        target_compile_options(vd_settings INTERFACE /WX)
    endif()
endif()

# The git commit, for `voucherdesk --version`.
find_package(Git QUIET)
set(VD_GIT_COMMIT "unknown")
if(GIT_FOUND AND EXISTS "${CMAKE_SOURCE_DIR}/.git")
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                    OUTPUT_VARIABLE VD_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT VD_GIT_COMMIT)
        set(VD_GIT_COMMIT "unknown")
    endif()
endif()
