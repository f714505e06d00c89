#include "reception/DeskSounds.h"

#include <QFile>
#include <QSoundEffect>
#include <QUrl>
#include <QtEndian>
#include <cmath>
#include <numbers>

namespace vd::ui {

namespace {
void putLe32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}
void putLe16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}
} // namespace

QByteArray DeskSounds::makeWav(const QList<QPair<int, int>> &notes, int sampleRate, double volume)
{
    QByteArray pcm;
    for (const auto &[freq, ms] : notes) {
        const int n = sampleRate * ms / 1000;
        const int ramp = std::max(1, sampleRate * 12 / 1000); // 12 ms fade in/out: no clicks
        for (int i = 0; i < n; ++i) {
            double env = 1.0;
            if (i < ramp)
                env = double(i) / ramp;
            else if (i > n - ramp)
                env = double(n - i) / ramp;
            const double t = double(i) / sampleRate;
            // a sine with a little second harmonic: audible on small speakers, still soft
            const double s = freq <= 0 ? 0.0
                                       : std::sin(2 * std::numbers::pi * freq * t) +
                                             0.25 * std::sin(4 * std::numbers::pi * freq * t);
            putLe16(pcm, static_cast<quint16>(static_cast<qint16>(std::lround(s / 1.25 * env * volume * 32767))));
        }
    }
    QByteArray wav;
    wav.append("RIFF", 4);
    putLe32(wav, static_cast<quint32>(36 + pcm.size()));
    wav.append("WAVEfmt ", 8);
    putLe32(wav, 16);
    putLe16(wav, 1); // PCM
    putLe16(wav, 1); // mono
    putLe32(wav, static_cast<quint32>(sampleRate));
    putLe32(wav, static_cast<quint32>(sampleRate * 2));
    putLe16(wav, 2);
    putLe16(wav, 16);
    wav.append("data", 4);
    putLe32(wav, static_cast<quint32>(pcm.size()));
    wav.append(pcm);
    return wav;
}

DeskSounds::DeskSounds(QObject *parent) : QObject(parent) {}

DeskSounds::~DeskSounds() = default;

QSoundEffect *DeskSounds::effect(VerdictLook::Tone tone)
{
    QSoundEffect **slot = nullptr;
    QList<QPair<int, int>> notes;
    QString name;
    switch (tone) {
    case VerdictLook::Tone::Ok:
        slot = &m_ok;
        notes = {{880, 110}, {0, 30}, {1320, 160}};
        name = QStringLiteral("ok.wav");
        break;
    case VerdictLook::Tone::Already:
        slot = &m_already;
        notes = {{660, 180}, {0, 90}, {660, 180}};
        name = QStringLiteral("already.wav");
        break;
    case VerdictLook::Tone::Problem:
        slot = &m_problem;
        notes = {{247, 150}, {0, 60}, {247, 150}, {0, 60}, {196, 260}};
        name = QStringLiteral("problem.wav");
        break;
    case VerdictLook::Tone::None:
        return nullptr;
    }
    if (*slot)
        return *slot;
    if (!m_dir.isValid())
        return nullptr;
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(makeWav(notes)) < 0)
        return nullptr;
    f.close();
    *slot = new QSoundEffect(this);
    (*slot)->setSource(QUrl::fromLocalFile(path));
    (*slot)->setVolume(0.8f);
    return *slot;
}

void DeskSounds::setMuted(bool muted)
{
    m_muted = muted;
    if (!muted) // load them now so the first verdict is not silent while a file loads
        for (const auto tone : {VerdictLook::Tone::Ok, VerdictLook::Tone::Already, VerdictLook::Tone::Problem})
            effect(tone);
}

void DeskSounds::play(VerdictLook::Tone tone)
{
    if (tone == VerdictLook::Tone::None)
        return;
    m_last = tone;
    ++m_played;
    if (m_muted)
        return;
    if (QSoundEffect *e = effect(tone))
        e->play();
}

} // namespace vd::ui
