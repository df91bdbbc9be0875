package hsim.model.truce;

import java.io.Serializable;

/** Where a payment to a gang goes: its day's road income (the world wires {@code GangGround::addIncome}). */
@FunctionalInterface
public interface GangPurse extends Serializable {
    void pay(int gang, double usd);
}
