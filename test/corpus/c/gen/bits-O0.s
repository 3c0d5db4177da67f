	.file	"bits.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	pop_loop, @function
pop_loop:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L2
.L3:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,24(31)
	addi 9,9,-1
	lwz 10,24(31)
	and 9,10,9
	stw 9,24(31)
.L2:
	lwz 9,24(31)
	cmpwi 0,9,0
	bne 0,.L3
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	pop_loop,.-pop_loop
	.align 2
	.type	pop_swar, @function
pop_swar:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 10,9,1
	lis 9,0x5555
	ori 9,9,0x5555
	and 9,10,9
	lwz 10,8(31)
	subf 9,9,10
	stw 9,8(31)
	lwz 10,8(31)
	lis 9,0x3333
	ori 9,9,0x3333
	and 10,10,9
	lwz 9,8(31)
	srwi 8,9,2
	lis 9,0x3333
	ori 9,9,0x3333
	and 9,8,9
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 10,9,4
	lwz 9,8(31)
	add 10,10,9
	lis 9,0xf0f
	ori 9,9,0xf0f
	and 9,10,9
	stw 9,8(31)
	lwz 10,8(31)
	mr 9,10
	slwi 9,9,8
	add 9,9,10
	slwi 10,9,16
	add 9,9,10
	srwi 9,9,24
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	pop_swar,.-pop_swar
	.align 2
	.type	pop_table, @function
pop_table:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lis 9,t.0@ha
	la 9,t.0@l(9)
	lbz 9,255(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L8
	li 9,1
	stw 9,8(31)
	b .L9
.L10:
	lwz 9,8(31)
	rlwinm 9,9,0,31,31
	mr 8,9
	lwz 9,8(31)
	srawi 9,9,1
	lis 10,t.0@ha
	la 10,t.0@l(10)
	lbzx 9,10,9
	add 9,8,9
	mr 8,9
	lis 9,t.0@ha
	la 10,t.0@l(9)
	lwz 9,8(31)
	stbx 8,10,9
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L9:
	lwz 9,8(31)
	cmpwi 0,9,255
	ble 0,.L10
.L8:
	lwz 9,24(31)
	rlwinm 9,9,0,24,31
	lis 10,t.0@ha
	la 10,t.0@l(10)
	lbzx 9,10,9
	rlwinm 10,9,0,0xff
	lwz 9,24(31)
	srwi 9,9,8
	rlwinm 9,9,0,24,31
	lis 8,t.0@ha
	la 8,t.0@l(8)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 10,10,9
	lwz 9,24(31)
	srwi 9,9,16
	rlwinm 9,9,0,24,31
	lis 8,t.0@ha
	la 8,t.0@l(8)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 10,10,9
	lwz 9,24(31)
	srwi 9,9,24
	lis 8,t.0@ha
	la 8,t.0@l(8)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	pop_table,.-pop_table
	.align 2
	.type	clz, @function
clz:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L13
	lwz 9,8(31)
	cntlzw 9,9
	b .L15
.L13:
	li 9,32
.L15:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	clz,.-clz
	.align 2
	.type	ctz, @function
ctz:
.LFB4:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L17
	lwz 9,8(31)
	neg 10,9
	lwz 9,8(31)
	and 9,10,9
	cntlzw 9,9
	subfic 9,9,31
	b .L19
.L17:
	li 9,32
.L19:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	ctz,.-ctz
	.align 2
	.type	rev, @function
rev:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 10,9,1
	lis 9,0x5555
	ori 9,9,0x5555
	and 10,10,9
	lwz 9,8(31)
	slwi 8,9,1
	lis 9,0xaaaa
	ori 9,9,0xaaaa
	and 9,8,9
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 10,9,2
	lis 9,0x3333
	ori 9,9,0x3333
	and 10,10,9
	lwz 9,8(31)
	slwi 8,9,2
	lis 9,0xcccc
	ori 9,9,0xcccc
	and 9,8,9
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 10,9,4
	lis 9,0xf0f
	ori 9,9,0xf0f
	and 10,10,9
	lwz 9,8(31)
	slwi 8,9,4
	lis 9,0xf0f0
	ori 9,9,0xf0f0
	and 9,8,9
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,8
	rlwinm 9,9,0,24,15
	rlwinm 10,9,0,8,31
	lwz 9,8(31)
	slwi 9,9,8
	rlwinm 9,9,0,16,7
	rlwinm 9,9,0,0,23
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	rotlwi 9,9,16
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	rev,.-rev
	.align 2
	.type	gray, @function
gray:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 10,9,1
	lwz 9,8(31)
	xor 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	gray,.-gray
	.align 2
	.type	ungray, @function
ungray:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,1
	stw 9,8(31)
	b .L25
.L26:
	lwz 10,24(31)
	lwz 9,8(31)
	srw 9,10,9
	lwz 10,24(31)
	xor 9,10,9
	stw 9,24(31)
	lwz 9,8(31)
	slwi 9,9,1
	stw 9,8(31)
.L25:
	lwz 9,8(31)
	cmplwi 0,9,31
	ble 0,.L26
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	ungray,.-ungray
	.align 2
	.type	parity, @function
parity:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 9,9,16
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,8
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,4
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	rlwinm 9,9,0,28,31
	li 10,27030
	sraw 9,10,9
	rlwinm 9,9,0,31,31
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	parity,.-parity
	.align 2
	.type	next_pow2, @function
next_pow2:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,1
	lwz 10,8(31)
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,2
	lwz 10,8(31)
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,4
	lwz 10,8(31)
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,8
	lwz 10,8(31)
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	srwi 9,9,16
	lwz 10,8(31)
	or 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	addi 9,9,1
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	next_pow2,.-next_pow2
	.align 2
	.type	rotl, @function
rotl:
.LFB10:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,12(31)
	rlwinm 9,9,0,27,31
	lwz 10,8(31)
	slw 10,10,9
	lwz 9,12(31)
	neg 9,9
	rlwinm 9,9,0,27,31
	lwz 8,8(31)
	srw 9,8,9
	or 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	rotl,.-rotl
	.align 2
	.type	extract, @function
extract:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	stw 5,16(31)
	lwz 10,8(31)
	lwz 9,12(31)
	srw 10,10,9
	li 8,1
	lwz 9,16(31)
	slw 9,8,9
	addi 9,9,-1
	and 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	extract,.-extract
	.align 2
	.type	insert, @function
insert:
.LFB12:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	stw 6,36(31)
	li 10,1
	lwz 9,36(31)
	slw 9,10,9
	addi 10,9,-1
	lwz 9,32(31)
	slw 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	not 10,9
	lwz 9,24(31)
	and 10,10,9
	lwz 8,28(31)
	lwz 9,32(31)
	slw 8,8,9
	lwz 9,8(31)
	and 9,8,9
	or 9,10,9
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE12:
	.size	insert,.-insert
	.align 2
	.type	bswap, @function
bswap:
.LFB13:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	srwi 10,9,24
	lwz 9,8(31)
	srwi 9,9,8
	rlwinm 9,9,0,16,23
	or 10,10,9
	lwz 9,8(31)
	slwi 9,9,8
	rlwinm 9,9,0,8,15
	or 10,10,9
	lwz 9,8(31)
	slwi 9,9,24
	or 9,10,9
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	bswap,.-bswap
	.section	.rodata
	.align 2
.LC0:
	.string	"mismatches"
	.align 2
.LC1:
	.string	"signature"
	.align 2
.LC2:
	.string	"rev(1)"
	.align 2
.LC3:
	.string	"rev(0x12345678)"
	.align 2
.LC4:
	.string	"gray:"
	.align 2
.LC5:
	.string	"clz(1)"
	.align 2
.LC6:
	.string	"clz(0)"
	.align 2
.LC7:
	.string	"ctz(0x80000000)"
	.align 2
.LC8:
	.string	"ctz(48)"
	.align 2
.LC9:
	.string	"next_pow2(1000)"
	.align 2
.LC10:
	.string	"next_pow2(4096)"
	.align 2
.LC11:
	.string	"rotl(0x80000001,4)"
	.align 2
.LC12:
	.string	"rotl(x,0)"
	.align 2
.LC13:
	.string	"extract"
	.align 2
.LC14:
	.string	"insert"
	.align 2
.LC15:
	.string	"bswap"
	.align 2
.LC16:
	.string	"fields"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB14:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 30,56(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,0x9e37
	ori 9,9,0x79b9
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	li 9,0
	stw 9,20(31)
	b .L41
.L42:
	lwz 3,8(31)
	bl pop_loop
	stw 3,36(31)
	lwz 3,8(31)
	bl pop_swar
	stw 3,40(31)
	lwz 3,8(31)
	bl pop_table
	stw 3,44(31)
	lwz 10,36(31)
	lwz 9,40(31)
	xor 9,10,9
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 10,9,0,0xff
	lwz 8,40(31)
	lwz 9,44(31)
	xor 9,8,9
	addic 8,9,-1
	subfe 9,8,9
	rlwinm 9,9,0,0xff
	add 30,10,9
	lwz 3,8(31)
	bl gray
	mr 9,3
	mr 3,9
	bl ungray
	mr 10,3
	lwz 9,8(31)
	xor 9,9,10
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 9,9,0,0xff
	add 30,30,9
	lwz 3,8(31)
	bl rev
	mr 9,3
	mr 3,9
	bl rev
	mr 10,3
	lwz 9,8(31)
	xor 9,9,10
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 9,9,0,0xff
	add 9,30,9
	lwz 10,16(31)
	add 9,10,9
	stw 9,16(31)
	lwz 3,8(31)
	bl parity
	mr 10,3
	lwz 9,36(31)
	rlwinm 9,9,0,31,31
	xor 9,10,9
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 9,9,0,0xff
	lwz 10,16(31)
	add 9,10,9
	stw 9,16(31)
	li 4,5
	lwz 3,12(31)
	bl rotl
	mr 10,3
	lwz 9,36(31)
	xor 30,10,9
	lwz 3,8(31)
	bl clz
	mr 9,3
	slwi 9,9,8
	xor 30,30,9
	lwz 3,8(31)
	bl ctz
	mr 9,3
	slwi 9,9,16
	xor 30,30,9
	lwz 3,8(31)
	bl rev
	mr 9,3
	xor 30,30,9
	lwz 3,8(31)
	bl gray
	mr 9,3
	xor 9,30,9
	stw 9,12(31)
	lwz 10,8(31)
	lis 9,0x19
	ori 9,9,0x660d
	mullw 9,10,9
	addis 9,9,0x3c6f
	addi 9,9,-3233
	stw 9,8(31)
	lwz 9,20(31)
	rlwinm 9,9,0,28,31
	lwz 10,8(31)
	srw 9,10,9
	lwz 10,8(31)
	xor 9,10,9
	stw 9,8(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L41:
	lwz 9,20(31)
	cmpwi 0,9,299
	ble 0,.L42
	lwz 4,16(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_int
	lwz 4,12(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_hex
	li 3,1
	bl rev
	mr 9,3
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_hex
	lis 9,0x1234
	ori 3,9,0x5678
	bl rev
	mr 9,3
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_hex
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl print_str
	li 9,0
	stw 9,24(31)
	b .L43
.L44:
	li 3,32
	bl print_char
	lwz 3,24(31)
	bl gray
	mr 9,3
	mr 3,9
	bl print_uint
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L43:
	lwz 9,24(31)
	cmplwi 0,9,15
	ble 0,.L44
	bl print_nl
	li 3,1
	bl clz
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 3,0
	bl clz
	mr 9,3
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	lis 3,0x8000
	bl ctz
	mr 9,3
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	li 3,48
	bl ctz
	mr 9,3
	mr 4,9
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl show_int
	li 3,1000
	bl next_pow2
	mr 9,3
	mr 4,9
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_hex
	li 3,4096
	bl next_pow2
	mr 9,3
	mr 4,9
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_hex
	li 4,4
	lis 9,0x8000
	ori 3,9,0x1
	bl rotl
	mr 9,3
	mr 4,9
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_hex
	li 4,0
	lis 9,0xabcd
	ori 3,9,0xef01
	bl rotl
	mr 9,3
	mr 4,9
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_hex
	li 5,8
	li 4,12
	lis 9,0xdead
	ori 3,9,0xbeef
	bl extract
	mr 9,3
	mr 4,9
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_hex
	li 6,8
	li 5,4
	li 4,90
	lis 9,0xdead
	ori 3,9,0xbeef
	bl insert
	mr 9,3
	mr 4,9
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl show_hex
	lis 9,0x1122
	ori 3,9,0x3344
	bl bswap
	mr 9,3
	mr 4,9
	lis 9,.LC15@ha
	la 3,.LC15@l(9)
	bl show_hex
	li 9,0
	stw 9,28(31)
	li 9,0
	stw 9,32(31)
	b .L45
.L46:
	lwz 9,32(31)
	addi 9,9,1
	li 6,3
	lwz 5,32(31)
	mr 4,9
	lwz 3,28(31)
	bl insert
	mr 30,3
	li 5,4
	lwz 4,32(31)
	lwz 3,8(31)
	bl extract
	mr 9,3
	xor 9,30,9
	stw 9,28(31)
	lwz 9,32(31)
	addi 9,9,3
	stw 9,32(31)
.L45:
	lwz 9,32(31)
	cmpwi 0,9,27
	ble 0,.L46
	lwz 4,28(31)
	lis 9,.LC16@ha
	la 3,.LC16@l(9)
	bl show_hex
	lwz 3,12(31)
	bl pop_swar
	mr 10,3
	lwz 9,16(31)
	slwi 9,9,6
	add 9,10,9
	mr 3,9
	addi 11,31,64
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE14:
	.size	main,.-main
	.lcomm	t.0,256,4
	.type	t.0, @object
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
