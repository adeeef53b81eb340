package org.moisson.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PayloadCodecTest {
  @Test
  void aPayloadComesBackAsItWentInSmaller() {
    String xml = "<resource><title xml:lang=\"fr\">Température de l'océan — Ἀθῆναι 🌊</title></resource>\n".repeat(400);
    byte[] stored = PayloadCodec.deflate(xml);
    assertThat(stored.length).isLessThan(xml.length() / 10);
    assertThat(PayloadCodec.inflate(stored)).isEqualTo(xml);
    assertThat(PayloadCodec.inflate(PayloadCodec.deflate(""))).isEmpty();
    assertThat(PayloadCodec.deflate((String) null)).isNull();
    assertThat(PayloadCodec.deflate((byte[]) null)).isNull();
    assertThat(PayloadCodec.inflate(null)).isNull();
  }

  @Test
  void aDamagedOrTruncatedPayloadIsAnErrorNotAnotherRecord() {
    byte[] stored = PayloadCodec.deflate("<record>some text that is long enough to be worth deflating, some text</record>");
    assertThatThrownBy(() -> PayloadCodec.inflate(Arrays.copyOf(stored, stored.length - 6)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("truncated");
    byte[] flipped = stored.clone();
    flipped[flipped.length - 1] ^= 0x55; // the checksum no longer matches
    assertThatThrownBy(() -> PayloadCodec.inflate(flipped)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged");
  }
}
