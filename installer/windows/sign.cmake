# Authenticode signing used by CPack (sign-staged.cmake, sign-installer.cmake). Backends (VD_SIGN_BACKEND):
#   signtool      Windows CI: a PFX from the secrets (VD_SIGN_PFX = path, VD_SIGN_PASSWORD), SHA-256, RFC 3161
#                 timestamp (VD_SIGN_TIMESTAMP_URL, default DigiCert's).
#   azure         Azure Trusted Signing: signtool with the Azure.CodeSigning dlib (VD_AZURE_DLIB = path to
#                 Azure.CodeSigning.Dlib.dll, VD_AZURE_METADATA = metadata.json with Endpoint, CodeSigningAccountName,
#                 CertificateProfileName; credentials from the environment, e.g. AZURE_CLIENT_ID/SECRET/TENANT_ID).
#   osslsigncode  Linux rehearsal (tests/package/nsis_sign.sh) and signing from a Linux host: VD_SIGN_PFX,
#                 VD_SIGN_PASSWORD, optional VD_SIGN_TIMESTAMP_URL.
# Unset: nothing is signed (local builds).
function(vd_sign_files)
    set(backend "$ENV{VD_SIGN_BACKEND}")
    if(backend STREQUAL "")
        message(STATUS "VD_SIGN_BACKEND not set: not signing ${ARGN}")
        return()
    endif()
    set(ts "$ENV{VD_SIGN_TIMESTAMP_URL}")
    if(ts STREQUAL "" AND NOT backend STREQUAL "osslsigncode")
        set(ts "http://timestamp.digicert.com")
    endif()
    foreach(file ${ARGN})
        message(STATUS "signing ${file} (${backend})")
        if(backend STREQUAL "signtool")
            execute_process(COMMAND signtool sign /fd SHA256 /f "$ENV{VD_SIGN_PFX}" /p "$ENV{VD_SIGN_PASSWORD}"
                                    /tr "${ts}" /td SHA256 /d VoucherDesk "${file}" COMMAND_ERROR_IS_FATAL ANY)
        elseif(backend STREQUAL "azure")
            execute_process(COMMAND signtool sign /v /fd SHA256 /tr "${ts}" /td SHA256
                                    /dlib "$ENV{VD_AZURE_DLIB}" /dmdf "$ENV{VD_AZURE_METADATA}" "${file}"
                            COMMAND_ERROR_IS_FATAL ANY)
        elseif(backend STREQUAL "osslsigncode")
            set(args sign -pkcs12 "$ENV{VD_SIGN_PFX}" -pass "$ENV{VD_SIGN_PASSWORD}" -h sha256 -n VoucherDesk
                     -i "https://voucherdesk.org")
            if(NOT ts STREQUAL "")
                list(APPEND args -ts "${ts}")
            endif()
            execute_process(COMMAND osslsigncode ${args} -in "${file}" -out "${file}.signed"
                            COMMAND_ERROR_IS_FATAL ANY OUTPUT_QUIET)
            file(RENAME "${file}.signed" "${file}")
        else()
            message(FATAL_ERROR "VD_SIGN_BACKEND=${backend}: expected signtool, azure or osslsigncode")
        endif()
    endforeach()
endfunction()
