# Sign the Windows executable and installer when a certificate is configured.
# Needs WINDOWS_CERT_PFX_BASE64 and WINDOWS_CERT_PASSWORD (CI secrets); without
# them it says so and succeeds, so unsigned builds still come out.
param([Parameter(Mandatory = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
if (-not $env:WINDOWS_CERT_PFX_BASE64 -or -not $env:WINDOWS_CERT_PASSWORD) {
    Write-Host "Code signing skipped: WINDOWS_CERT_PFX_BASE64 / WINDOWS_CERT_PASSWORD are not set."
    exit 0
}
$pfx = Join-Path $env:RUNNER_TEMP "factcheck-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
$signtool = Get-ChildItem "C:\Program Files (x86)\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
foreach ($file in $Files) {
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERT_PASSWORD /fd SHA256 `
        /tr http://timestamp.digicert.com /td SHA256 $file
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $file" }
}
Remove-Item $pfx
